using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>Collects field errors for one request; field names are the JSON (snake_case) names.</summary>
public sealed partial class Validator
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public Validator Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Validator Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, Messages.Get("required"));
        return this;
    }

    public Validator MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, Messages.Get("too_long", max));
        return this;
    }

    public Validator Username(string field, string? value)
    {
        if (value is not null && !UsernamePattern().IsMatch(value)) Add(field, Messages.Get("username.format"));
        return this;
    }

    public Validator Email(string field, string? value)
    {
        if (value is not null && !IsEmail(value)) Add(field, Messages.Get("email.format"));
        return this;
    }

    public Validator HttpUrl(string field, string? value)
    {
        if (!string.IsNullOrEmpty(value)
            && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            Add(field, Messages.Get("url.format"));
        return this;
    }

    /// <summary>A URL admins' browsers will load (an avatar): see <see cref="PublicUrl"/>.</summary>
    public Validator PublicHttpUrl(string field, string? value)
    {
        if (!string.IsNullOrEmpty(value) && PublicUrl.Problem(value) is { } problem) Add(field, Messages.Get(problem));
        return this;
    }

    public Validator Tags(string field, IReadOnlyList<string>? tags)
    {
        if (tags is not null && (tags.Count > 20 || tags.Any(t => !TagPattern().IsMatch(t)))) Add(field, Messages.Get("tag.format"));
        return this;
    }

    public Validator Color(string field, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !ColorPattern().IsMatch(value)) Add(field, Messages.Get("color.format"));
        return this;
    }

    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9._-]{2,32}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex("^[\\p{L}\\p{N}_-]{1,32}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
