using System.Reflection;

namespace Gatehouse.Server.Infrastructure.Web;

/// <summary>
/// The build writes the OpenAPI document by starting this app under the GetDocument tool. That
/// run only needs the endpoints: it must not create a database or print a set-up link.
/// </summary>
public static class BuildTimeDocument
{
    public static bool IsGenerating { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
