using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// Search terms by class, against the seeded members (first name × last name × number, e-mail at
/// bench.example): how many members match and where they sort decides a plan's cost, so each
/// class gets its own percentiles. "then page 2" follows the first page's cursor.
/// </summary>
internal static class SearchClasses
{
    public static readonly (string Name, string Query)[] All =
    [
        ("none (no match)", "q=noone-matches"),
        ("rare infix (~20)", "q=4567"),
        ("rare prefix (1)", "q=emma.thomas9"),
        ("medium prefix (~550)", "q=chloe.pe"),
        ("common prefix, sorts late (~6.7k)", "q=zoe"),
        ("common infix (~8.3k)", "q=bern"),
        ("very common (every member)", "q=bench"),
        ("two characters (~4k)", "q=12"),
        ("common + sort=-created_at", "q=mart&sort=-created_at"),
        ("very common + sort=-created_at (newest first)", "q=bench&sort=-created_at"),
        ("common + tag=beta", "q=lea&tag=beta"),
        ("rare + sort=display_name", "q=4567&sort=display_name"),
        ("very common + role + -last_seen_at", "q=bench&role=member&sort=-last_seen_at"),
        ("common + banned=false + total", "q=dubois&banned=false&include_total=true"),
    ];

    /// <summary>Each class <paramref name="requests"/> times, then the same with the second page (its cursor read once).</summary>
    public static async Task<Dictionary<string, Summary>> MeasureAsync(HttpClient http, int requests)
    {
        var results = new Dictionary<string, Summary>();
        foreach (var (name, query) in All)
        {
            var url = $"/api/v1/users?{query}&limit=50";
            results[$"search: {name}"] = await Measure.SequentialAsync(requests, _ => OkAsync(http, url));
            var cursor = await NextCursorAsync(http, url);
            if (cursor is null) continue;
            var second = $"{url}&cursor={Uri.EscapeDataString(cursor)}";
            results[$"search: {name}, page 2"] = await Measure.SequentialAsync(requests, _ => OkAsync(http, second));
        }
        return results;
    }

    private static async Task<bool> OkAsync(HttpClient http, string url) => (await http.GetAsync(url)).IsSuccessStatusCode;

    private static async Task<string?> NextCursorAsync(HttpClient http, string url)
    {
        var json = JsonDocument.Parse(await http.GetStringAsync(url)).RootElement;
        return json.TryGetProperty("next_cursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
    }
}
