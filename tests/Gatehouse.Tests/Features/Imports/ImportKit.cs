using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Imports;

/// <summary>What the admin app does with a member file: upload it as the body, preview again, commit.</summary>
public static class ImportKit
{
    /// <summary>Files of a test class stay small: the cap is lowered so the 413 is cheap to reach.</summary>
    public const long TestCap = 2 * 1024 * 1024;

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient admin, string content, string contentType = "text/csv", string query = "", bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        if (bom) bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return admin.PostAsync($"/api/v1/users/import{(query.Length > 0 ? "?" + query : "")}", body);
    }

    public static async Task<JsonElement> UploadOkAsync(this HttpClient admin, string content, string contentType = "text/csv", string query = "", bool bom = false) =>
        await (await admin.UploadAsync(content, contentType, query, bom)).ShouldBeAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> PreviewAsync(this HttpClient admin, JsonElement import, object body) =>
        await (await admin.PostAsJsonAsync($"/api/v1/users/import/{Id(import)}/preview", body)).ShouldBeAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> CommitAsync(this HttpClient admin, JsonElement import) =>
        admin.PostAsync($"/api/v1/users/import/{Id(import)}/commit", null);

    public static Guid Id(JsonElement import) => import.GetProperty("id").GetGuid();

    public static int Count(this JsonElement import, string what) => import.GetProperty("summary").GetProperty(what).GetInt32();

    /// <summary>A community export of <paramref name="rows"/> members; every <paramref name="badEvery"/>-th row has a broken e-mail.</summary>
    public static string Csv(string prefix, int rows, int badEvery = 0)
    {
        var sb = new StringBuilder("username,email,display_name,tags\n");
        for (var i = 1; i <= rows; i++)
        {
            var email = badEvery > 0 && i % badEvery == 0 ? $"{prefix}{i}-at-example.test" : $"{prefix}{i}@example.test";
            sb.Append(FormattableString.Invariant($"{prefix}{i},{email},\"Member {i}, imported\",imported\n"));
        }
        return sb.ToString();
    }

    public static async Task<int> CountMembersAsync(this HttpClient admin, string q)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = await admin.GetJsonAsync($"/api/v1/users?q={q}&limit=200{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            count += page.GetProperty("items").GetArrayLength();
            cursor = page.TryGetProperty("next_cursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return count;
    }
}
