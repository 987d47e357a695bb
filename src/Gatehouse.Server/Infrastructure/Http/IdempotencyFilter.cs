using System.Security.Cryptography;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>
/// Writes sent with an <c>Idempotency-Key</c> run once: a retry with the same key and body gets
/// the first answer again; the same key with another body is refused (422).
/// </summary>
public sealed class IdempotencyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0) return await next(context);
        if (key.Length > 200 || key.Any(char.IsControl))
            return Problems.BadRequest("idempotency-key", Messages.Get("idempotency.format"));

        var db = http.RequestServices.GetRequiredService<GatehouseDb>();
        var actor = http.RequestServices.GetRequiredService<CurrentActor>();
        var id = $"{actor.UserId}:{key}";
        var requestHash = await HashRequestAsync(http);

        var seen = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, http.RequestAborted);
        if (seen is not null)
        {
            if (seen.RequestHash != requestHash)
                return Problems.Make(422, "idempotency-key-reused", Messages.Get("idempotency.mismatch"));
            return new ReplayResult(seen);
        }

        var result = await next(context);
        if (result is not IResult executable) return result;

        // Run the result into a buffer so the answer can be both sent and remembered.
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await executable.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode < 500)
        {
            db.ChangeTracker.Clear();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Id = id,
                RequestHash = requestHash,
                StatusCode = http.Response.StatusCode,
                ContentType = http.Response.ContentType,
                Location = http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                ETag = http.Response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null,
                Body = buffer.ToArray(),
                CreatedAt = DateTime.UtcNow,
            });
            try { await db.SaveChangesAsync(http.RequestAborted); }
            catch (DbUpdateException) { /* a concurrent retry stored it first; its answer is equivalent */ }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>Binding reads the body before filters run, so it must be buffered before routing (see <see cref="BufferBodies"/>).</summary>
    /// <remarks>
    /// Not async: an awaiting frame would stay allocated for as long as the request lasts, and a real-time
    /// connection is one request lasting hours (the same holds for the other pass-through middlewares).
    /// </remarks>
    public static Task BufferBodies(HttpContext http, Func<Task> next)
    {
        if (http.Request.Headers.ContainsKey(Header)) http.Request.EnableBuffering();
        return next();
    }

    private static async Task<string> HashRequestAsync(HttpContext http)
    {
        http.Request.Body.Position = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        http.Request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private sealed class ReplayResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = record.StatusCode;
            if (record.ContentType is not null) http.Response.ContentType = record.ContentType;
            if (record.Location is not null) http.Response.Headers.Location = record.Location;
            if (record.ETag is not null) http.Response.Headers.ETag = record.ETag;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            await http.Response.Body.WriteAsync(record.Body);
        }
    }
}

public static class IdempotencyExtensions
{
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) => builder.AddEndpointFilter<IdempotencyFilter>();
}
