using System.Security.Cryptography;
using System.Text;

namespace Gatehouse.Tests.Features.Webhooks;

/// <summary>
/// The Standard Webhooks verification, written from the specification and independent of the
/// server's signer: HMAC-SHA256 keyed with the base64 part of <c>whsec_…</c> over
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, compared with each space-separated <c>v1,</c> signature.
/// </summary>
public static class StandardWebhooksVerifier
{
    public static bool Verify(string secret, string id, string timestamp, string body, string signatureHeader)
    {
        var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
        using var hmac = new HMACSHA256(key);
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp + "." + body));
        foreach (var part in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(',', 2);
            if (pieces.Length != 2 || pieces[0] != "v1") continue;
            byte[] given;
            try { given = Convert.FromBase64String(pieces[1]); } catch (FormatException) { continue; }
            if (CryptographicOperations.FixedTimeEquals(given, expected)) return true;
        }
        return false;
    }
}
