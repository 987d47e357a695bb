namespace Gatehouse.Server.Infrastructure.Mail;

public static class MailModule
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(o => o.Port is > 0 and < 65536 && SmtpOptions.SecurityModes.Contains(o.Security) && o.Timeout > TimeSpan.Zero
                && MimeKit.MailboxAddress.TryParse(o.From, out _), "SMTP settings: port 1-65535, security one of none/starttls/starttls_when_available/tls, a valid From address.")
            .ValidateOnStart();
        services.AddSingleton<MailSender>();
        services.AddSingleton<AccountMail>();
        return services;
    }
}
