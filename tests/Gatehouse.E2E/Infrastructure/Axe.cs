using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Gatehouse.E2E.Infrastructure;

/// <summary>
/// axe-core run in the page itself, its serious and critical violations described one per line.
/// Deque.AxeCore.Playwright's <c>RunAxe</c> injected axe (~550 KB of script) again on every scan and then
/// opened a new page in its own browser context to merge the results of the page's frames (its
/// <c>finishRun</c>), which our pages, with no frames, do not need: that cost the scans of every page in
/// both themes and widths most of their time on two cores. Here axe is injected once per page (a look at
/// another width reuses it), and only the violations come back. The rules and their results are axe's own.
/// </summary>
public static class Axe
{
    private static readonly string Source = new BundledAxeScriptProvider().GetScript();

    private const string Run = """
        async (context) => {
          // A dialog still fading in, or a control's indicator still sliding, has its text at part opacity, which axe
          // reads as too little contrast. Let the finite animations end first (two frames before, so one about to
          // start has started; never longer than 2 s; infinite ones, such as a spinner's, are not waited for).
          for (let i = 0; i < 2; i++) await new Promise(done => requestAnimationFrame(() => done()));
          const finite = document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime !== Infinity);
          await Promise.race([
            Promise.all(finite.map(a => a.finished.catch(() => null))),
            new Promise(done => setTimeout(done, 2000)),
          ]);
          const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map(n => n.html) }));
        }
        """;

    /// <summary>The page's serious and critical violations, each as "rule (impact): help — the first offending elements".</summary>
    public static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        await InjectAsync(page);
        return Describe(await page.EvaluateAsync<JsonElement>(Run));
    }

    /// <summary>The serious and critical violations inside the (first) element <paramref name="within"/> finds.</summary>
    public static async Task<List<string>> SeriousViolationsAsync(ILocator within)
    {
        await InjectAsync(within.Page);
        return Describe(await within.First.EvaluateAsync<JsonElement>(Run));
    }

    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
    private static async Task InjectAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
            await page.EvaluateAsync(Source);
    }

    private static List<string> Describe(JsonElement violations) =>
        [.. violations.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} — " +
            string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))];
}
