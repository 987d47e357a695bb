using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gatehouse.Server.Infrastructure.Mail;

/// <summary>
/// Sends one plain-text e-mail over SMTP with MailKit, on the configured relay. One sender for the
/// whole server (alerts today; password reset and invites can use the same).
/// </summary>
public sealed class MailSender(IOptionsMonitor<SmtpOptions> options)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.CurrentValue.Host);

    /// <exception cref="MailNotSentException">The relay is not configured, refused, or could not be reached.</exception>
    public Task SendAsync(IReadOnlyList<string> to, string subject, string text, CancellationToken ct) =>
        SendAsync(to, subject, text, [], ct);

    /// <summary>The same, with files attached (scheduled reports).</summary>
    /// <exception cref="MailNotSentException">The relay is not configured, refused, or could not be reached.</exception>
    public async Task SendAsync(IReadOnlyList<string> to, string subject, string text, IReadOnlyList<MailAttachment> attachments, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (!IsConfigured) throw new MailNotSentException("SMTP is not configured (Gatehouse:Smtp:Host).");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = text };
        foreach (var file in attachments)
        {
            await using var content = file.Open();
            await body.Attachments.AddAsync(file.FileName, content, ContentType.Parse(file.ContentType), ct);
        }
        message.Body = body.ToMessageBody();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Timeout);
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, SecurityOf(o.Security), timeout.Token);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", timeout.Token);
            await client.SendAsync(message, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        // Every way a relay can fail (refused, TLS, authentication, a 5xx reply, timeout) is a failed send to report, not a crash.
        catch (Exception e) when (e is not MailNotSentException && !ct.IsCancellationRequested)
        {
            throw new MailNotSentException(e is OperationCanceledException ? "the SMTP server did not answer in time" : e.Message, e);
        }
    }

    private static SecureSocketOptions SecurityOf(string mode) => mode switch
    {
        "none" => SecureSocketOptions.None,
        "tls" => SecureSocketOptions.SslOnConnect,
        "starttls_when_available" => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.StartTls,
    };
}

/// <param name="Open">Opens the file's content; the sender reads and disposes it.</param>
public sealed record MailAttachment(string FileName, string ContentType, Func<Stream> Open);

public sealed class MailNotSentException(string message, Exception? inner = null) : Exception(message, inner);
