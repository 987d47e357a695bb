using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd writing every message into a Maildir. The test command
/// starts one per run (GATEHOUSE_TEST_SMTP_PORT, GATEHOUSE_TEST_SMTP_MAILDIR); run alone, the test
/// starts its own. Messages are told apart by their unique recipient, so test classes share it.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _arrived = Channel.CreateUnbounded<string>();

    public int Port { get; }
    public string Maildir { get; }

    private SmtpSink(int port, string maildir, Process? process)
    {
        Port = port;
        Maildir = maildir;
        _process = process;
        Directory.CreateDirectory(Path.Combine(maildir, "new"));
        _watcher = new FileSystemWatcher(Path.Combine(maildir, "new")) { EnableRaisingEvents = true };
        _watcher.Created += (_, e) => _arrived.Writer.TryWrite(e.FullPath);
        _watcher.Renamed += (_, e) => _arrived.Writer.TryWrite(e.FullPath);
    }

    public static async Task<SmtpSink> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("GATEHOUSE_TEST_SMTP_PORT") is { } shared
            && Environment.GetEnvironmentVariable("GATEHOUSE_TEST_SMTP_MAILDIR") is { } sharedDir)
            return new SmtpSink(int.Parse(shared, System.Globalization.CultureInfo.InvariantCulture), sharedDir, null);

        var port = FreePort();
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(dir)!); // the Maildir itself is made by aiosmtpd
        var process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", dir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start aiosmtpd (apt install python3-aiosmtpd).");
        // The server process is outside the test's control: wait until it accepts connections.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new SmtpSink(port, dir, process);
            }
            catch (SocketException)
            {
                if (process.HasExited) break;
                await Task.Delay(100);
            }
        }
        if (!process.HasExited) process.Kill();
        throw new InvalidOperationException("aiosmtpd did not start: " + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>A message to <paramref name="recipient"/> (its raw text) containing <paramref name="saying"/>, including one that arrived already.</summary>
    public async Task<string> MessageToAsync(string recipient, string saying = "", TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        bool Matches(string? text) => text is not null && text.Contains(recipient, StringComparison.OrdinalIgnoreCase) && text.Contains(saying, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Maildir, "new")))
            if (await ReadAsync(file) is { } text && Matches(text)) return text;
        while (true)
        {
            var path = await _arrived.Reader.ReadAsync(cts.Token);
            if (await ReadAsync(path) is { } text && Matches(text)) return text;
        }
    }

    /// <summary>A message to <paramref name="recipient"/> whose decoded text contains <paramref name="saying"/> (encoded bodies and folded headers included).</summary>
    public async Task<MimeKit.MimeMessage> MailToAsync(string recipient, string saying, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        async Task<MimeKit.MimeMessage?> MatchAsync(string path)
        {
            if (await ReadAsync(path) is not { } raw || !raw.Contains(recipient, StringComparison.OrdinalIgnoreCase)) return null;
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
            var message = await MimeKit.MimeMessage.LoadAsync(stream);
            return message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase))
                && (message.TextBody ?? "").Contains(saying, StringComparison.Ordinal) ? message : null;
        }
        foreach (var file in Directory.GetFiles(Path.Combine(Maildir, "new")))
            if (await MatchAsync(file) is { } found) return found;
        while (true)
            if (await MatchAsync(await _arrived.Reader.ReadAsync(cts.Token)) is { } found) return found;
    }

    private static async Task<string?> ReadAsync(string path)
    {
        try { return await File.ReadAllTextAsync(path); }
        catch (IOException) { return null; } // renamed away or still being written: its final name raises another event
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
