using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Gatehouse.Server.Infrastructure.Web;

/// <summary>
/// Use cases nest their records (<c>Login.Request</c>, <c>CreateUser.Request</c>); by default the
/// OpenAPI document names each schema after the bare type name, so every <c>Request</c> collapses
/// into one schema and the generated client types are wrong. The declaring type prefixes the name.
/// </summary>
public static class OpenApiSchemaNames
{
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OpenApiOptions>("v1", o => o.CreateSchemaReferenceId = Name);
        return builder;
    }

    internal static string? Name(JsonTypeInfo info)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        if (name is null) return null;
        for (var outer = info.Type.DeclaringType; outer is not null; outer = outer.DeclaringType)
            name = outer.Name + name;
        return name;
    }
}
