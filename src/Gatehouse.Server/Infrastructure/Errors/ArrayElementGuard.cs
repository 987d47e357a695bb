using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Gatehouse.Server.Infrastructure.Errors;

/// <summary>
/// One rule for every array the API reads: an element the type declares non-null may not be
/// <c>null</c>. System.Text.Json checks element <em>types</em> but lets <c>[null]</c> through
/// into a <c>List&lt;string&gt;</c>, where it would surface later as a 500. This type-info
/// modifier checks every such list right after its owner is read, for every request type at once.
/// </summary>
public static class ArrayElementGuard
{
    public static void Modify(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        var guarded = type.Properties.Where(p => p.Get is not null && DeclaresNonNullElements(p)).ToList();
        if (guarded.Count == 0) return;
        var previous = type.OnDeserialized;
        type.OnDeserialized = owner =>
        {
            foreach (var property in guarded)
            {
                if (property.Get!(owner) is not IEnumerable items) continue;
                var index = 0;
                foreach (var item in items)
                {
                    if (item is null) throw new ArrayElementException(property.Name, index, ArrayElementProblem.Null);
                    index++;
                }
            }
            previous?.Invoke(owner);
        };
    }

    /// <summary>Lists and arrays of references whose element type is not annotated nullable (<c>string</c>, not <c>string?</c>).</summary>
    private static bool DeclaresNonNullElements(JsonPropertyInfo property)
    {
        var type = property.PropertyType;
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)) return false;
        var info = property.AttributeProvider switch
        {
            PropertyInfo p => Nullability.Create(p),
            FieldInfo f => Nullability.Create(f),
            _ => null,
        };
        var element = info is null ? null : info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
        return element is not null && !element.Type.IsValueType && element.ReadState != NullabilityState.Nullable;
    }

    private static NullabilityInfoContext Nullability => new();
}

public enum ArrayElementProblem { Null, WrongType }

/// <summary>An array element that cannot be accepted; names the field and the index.</summary>
public sealed class ArrayElementException(string field, int index, ArrayElementProblem problem)
    : JsonException($"Element {index} of '{field}' is {(problem == ArrayElementProblem.Null ? "null" : "of the wrong type")}.")
{
    public string Field { get; } = field;
    public int Index { get; } = index;
    public ArrayElementProblem Problem { get; } = problem;

    /// <summary>The key of the validation error: <c>tags[0]</c>.</summary>
    public string Key => $"{Field}[{Index}]";
}
