using System.Collections;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>
/// The state of the request's log scope: the member's id as one structured value, which the JSON console
/// writes as <c>"user_id": "&lt;id&gt;"</c> exactly as it did for the dictionary this replaces, and the text
/// <c>user_id:&lt;id&gt;</c> in the form of ASP.NET Core's own scopes (the dictionary's text was its type
/// name, which is what the readable console printed). A hub's connection keeps its scope for hours, once per
/// connection: one small object, the value boxed only when a line is written.
/// </summary>
public sealed class ActorLogScope(Guid userId) : IReadOnlyList<KeyValuePair<string, object>>
{
    public const string Key = "user_id";

    public Guid UserId => userId;

    public int Count => 1;

    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new(Key, userId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{userId}";
}
