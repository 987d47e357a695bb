namespace Gatehouse.Server.Infrastructure.Mail;

/// <summary>The SMTP relay every e-mail of the server goes through (<c>Gatehouse:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Gatehouse:Smtp";

    /// <summary>Empty: e-mail is not configured and sending fails with a clear error.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>none, starttls (required), starttls_when_available, or tls (implicit TLS, usually port 465).</summary>
    public string Security { get; set; } = "starttls";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Gatehouse <gatehouse@localhost>";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public static readonly IReadOnlyList<string> SecurityModes = ["none", "starttls", "starttls_when_available", "tls"];
}
