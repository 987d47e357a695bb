using System.Text.Json;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>
/// Reads a JSON body that may be absent. A minimal-API body parameter makes the endpoint require
/// a JSON content type, so a bare <c>POST</c> (curl with only a cookie) would not even be routed.
/// </summary>
public static class OptionalBody
{
    public static async Task<T?> ReadAsync<T>(HttpContext http) where T : class
    {
        if (http.Request.ContentLength == 0 || (http.Request.ContentLength is null && !http.Request.Headers.TransferEncoding.Any()))
            return null;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, GatehouseJson.Options, http.RequestAborted);
        }
        catch (JsonException e)
        {
            // Same answer as a bound body: the exception handler turns this into a 400 that names the problem.
            throw new BadHttpRequestException("Failed to read the JSON body.", e);
        }
    }
}
