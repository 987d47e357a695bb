using System.Text;
using System.Text.Json;
using Gatehouse.Server.Features.Analytics.Ingest;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>
/// The one-pass reader of SDK batches against the serializer's binding it replaces on the hot path: the same
/// batch for every body in the SDK's shape, and no answer of its own (null: the serializer decides) for any other.
/// </summary>
public sealed class IngestBatchReaderTests
{
    private const int MaxProps = 64;

    public static TheoryData<string> SdkShaped => new()
    {
        """{"events":[{"type":"page_view"}]}""",
        """{"events":[],"device":"mobile","client_version":"2.4.1"}""",
        """ { "device" : null , "events" : [ { "type" : "a.b", "session_id" : "s-1", "timestamp" : "2026-12-03T10:11:12.345+01:00", "props" : { "path" : "/x", "n" : [1, 2.5, {"deep": true}], "e": "\u00e9\"" } } ] } """,
        """{"events":[{"type":"x","timestamp":null,"session_id":null,"props":null},{"props":{}},{"type":"Bad Type!","session_id":"has spaces"}]}""",
        """{"events":[{"type":"big","props":{"blob":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}]}""",
        """{"events":[{"type":"ünïcode","props":{"name":"日本"}}],"client_version":"1.0 beta"}""",
        """{"client_version":"1","events":[{"type":"t","timestamp":"2026-12-03T10:11:12Z"}]}""",
    };

    [Theory]
    [MemberData(nameof(SdkShaped))]
    public void Reads_every_SDK_shaped_body_as_the_serializer_binds_it(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var fast = IngestBatchReader.TryRead(bytes, MaxProps);
        Assert.NotNull(fast);
        var bound = IngestBatchReader.From(JsonSerializer.Deserialize<IngestEvents.Batch>(bytes, GatehouseJson.Options)!, MaxProps);
        Assert.Equal(bound.Device, fast.Device);
        Assert.Equal(bound.ClientVersion, fast.ClientVersion);
        Assert.Equal(bound.Events, fast.Events);
    }

    public static TheoryData<string> OtherShapes => new()
    {
        "null",
        "[]",
        """{"Events":[{"type":"a"}]}""",
        """{"events":[{"Type":"a"}]}""",
        """{"ev\u0065nts":[{"type":"a"}]}""",
        """{"events":[{"type":"p\u0061ge"}]}""",
        """{"events":[{"type":"a","type":"b"}]}""",
        """{"events":[{"type":"a"}],"events":[]}""",
        """{"events":[{"type":1}]}""",
        """{"events":[{"type":"a","props":[1,2]}]}""",
        """{"events":[{"type":"a","props":"text"}]}""",
        """{"events":[{"type":"a","timestamp":"yesterday"}]}""",
        """{"events":[{"type":"a","user_id":"x"}]}""",
        """{"events":[null]}""",
        """{"events":null}""",
        """{"events":[{"type":"a"}],"admin":true}""",
        """{"events":[{"type":"a"}]} {}""",
        """{"events":[{"type":"a"},]}""",
        """{"events":[{"type":"a"} /* c */]}""",
        """{"events":[{"type":"a""",
    };

    [Theory]
    [MemberData(nameof(OtherShapes))]
    public void Leaves_every_other_body_to_the_serializer(string json) =>
        Assert.Null(IngestBatchReader.TryRead(Encoding.UTF8.GetBytes(json), MaxProps));

    [Fact]
    public void Leaves_invalid_UTF8_to_the_serializer()
    {
        byte[] inType = [.. "{\"events\":[{\"type\":\""u8, 0xFF, .. "\"}]}"u8];
        byte[] inProps = [.. "{\"events\":[{\"type\":\"a\",\"props\":{\"x\":\""u8, 0xC3, 0x28, .. "\"}}]}"u8];
        Assert.Null(IngestBatchReader.TryRead(inType, MaxProps));
        Assert.Null(IngestBatchReader.TryRead(inProps, MaxProps));
    }

    [Fact]
    public void Props_over_the_limit_are_measured_but_not_turned_into_text()
    {
        var item = Assert.Single(IngestBatchReader.TryRead("""{"events":[{"type":"a","props":{"k":"0123456789012345678901234567890123456789012345678901234567890123"}}]}"""u8, MaxProps)!.Events!);
        Assert.True(item.PropsBytes > MaxProps);
        Assert.Null(item.Props);
        Assert.False(item.PropsNotObject);
    }

    [Fact]
    public void Repeated_types_and_session_ids_share_one_string()
    {
        var batch = IngestBatchReader.TryRead("""{"events":[{"type":"shared.type","session_id":"sess-42"},{"type":"shared.type","session_id":"sess-42"}]}"""u8, MaxProps)!;
        Assert.Same(batch.Events![0].Type, batch.Events[1].Type);
        Assert.Same(batch.Events[0].SessionId, batch.Events[1].SessionId);
        Assert.Equal("shared.type", batch.Events[0].Type);
    }
}
