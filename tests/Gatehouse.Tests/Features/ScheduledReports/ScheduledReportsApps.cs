using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.ScheduledReports.Runs;
using Gatehouse.Tests.Features.Alerts;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using UglyToad.PdfPig;

namespace Gatehouse.Tests.Features.ScheduledReports;

/// <summary>What the scheduled-report tests need on a live app: a real SMTP sink (Debian's aiosmtpd) and a fake clock.</summary>
public interface IReportsApp
{
    SmtpSink Sink { get; }
}

public static class ReportsSettings
{
    /// <summary>Passes every minute of the fake clock; webhooks may call loopback; a short retry schedule.</summary>
    public static Dictionary<string, string?> For(SmtpSink sink, IReadOnlyDictionary<string, string?> settings) => new(settings)
    {
        ["Gatehouse:ScheduledReports:CheckEvery"] = "00:01:00",
        ["Gatehouse:ScheduledReports:AllowLoopback"] = "true",
        ["Gatehouse:ScheduledReports:CommunityName"] = "Les Jardins Partagés",
        ["Gatehouse:ScheduledReports:RetrySchedule:0"] = "00:01:00",
        ["Gatehouse:ScheduledReports:RetrySchedule:1"] = "00:05:00",
        ["Gatehouse:ScheduledReports:MaxPdfRows"] = "150",
        ["Gatehouse:Smtp:Host"] = "127.0.0.1",
        ["Gatehouse:Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
        ["Gatehouse:Smtp:Security"] = "none",
        ["Gatehouse:Smtp:From"] = "Gatehouse Reports <reports@gatehouse.test>",
    };
}

public class ReportsSqliteApp : LiveSqliteApp, IReportsApp
{
    public SmtpSink Sink { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => ReportsSettings.For(Sink, base.ExtraSettings);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public class ReportsPostgresApp : LivePostgresApp, IReportsApp
{
    public SmtpSink Sink { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => ReportsSettings.For(Sink, base.ExtraSettings);

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Scheduled-report API calls and worker steps, as the tests need them.</summary>
public static class ReportsKit
{
    public static async Task<JsonElement> CreateReportAsync(this HttpClient admin, object report) =>
        (await (await admin.PostAsJsonAsync("/api/v1/reports/scheduled", report)).ShouldBeAsync(HttpStatusCode.Created)).GetProperty("report");

    public static object Email(string address, string language = "en") => new { kind = "email", address, language };

    public static object Webhook(Uri url, string language = "en") => new { kind = "webhook", address = url.ToString(), language };

    /// <summary>One worker pass as the scheduler runs it; when it returns, everything due has been run and sent.</summary>
    public static Task PassAsync(this ILiveApp app) => app.Services.GetRequiredService<ReportWorker>().PassAsync(CancellationToken.None);

    public static async Task<List<JsonElement>> RunsAsync(this HttpClient admin, Guid report) =>
        [.. (await admin.GetJsonAsync($"/api/v1/reports/scheduled/{report}/runs")).GetProperty("items").EnumerateArray()];

    /// <summary>Waits (on the worker's pass event, no polling) until the newest run of a report has this status.</summary>
    public static async Task<JsonElement> RunReachesAsync(this ILiveApp app, HttpClient admin, Guid report, string status)
    {
        var worker = app.Services.GetRequiredService<ReportWorker>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var passed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Done(DateTime _) => passed.TrySetResult();
            worker.PassDone += Done;
            try
            {
                var runs = await admin.RunsAsync(report);
                if (runs.Count > 0 && runs[0].GetProperty("status").GetString() == status) return runs[0];
                await passed.Task.WaitAsync(cts.Token);
            }
            finally
            {
                worker.PassDone -= Done;
            }
        }
    }

    /// <summary>The first attachment of a raw e-mail: its file name, content type and bytes.</summary>
    public static (string Name, string ContentType, byte[] Content) Attachment(string rawMail)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(rawMail));
        var message = MimeMessage.Load(stream);
        var part = message.Attachments.OfType<MimePart>().Single();
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return (part.FileName ?? "", part.ContentType.MimeType, content.ToArray());
    }

    /// <summary>The PDF's text per page, read back with PdfPig.</summary>
    public static List<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }
}
