using System.Globalization;
using System.Text;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Tests.Infrastructure.Persistence;

/// <summary>The positional SQLite binder writes dates digit by digit: the text must be what Microsoft.Data.Sqlite's format gives.</summary>
public sealed class SqliteDateTextTests
{
    public static TheoryData<DateTime> Dates() =>
    [
        new DateTime(2026, 5, 4, 3, 2, 1, DateTimeKind.Utc),
        new DateTime(2026, 5, 4, 3, 2, 1, 123, DateTimeKind.Utc),
        new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(10),
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1_000_000),
        new DateTime(987, 6, 5, 4, 3, 2, DateTimeKind.Utc).AddTicks(4_050_600),
        DateTime.MinValue,
        DateTime.MaxValue,
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_is_written_as_the_provider_formats_it(DateTime at)
    {
        var text = new byte[27];
        var length = SqliteIndexedInsert.FormatDate(at, text);
        Assert.Equal(at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture), Encoding.ASCII.GetString(text, 0, length));
    }

    [Fact]
    public void Random_instants_are_written_as_the_provider_formats_them()
    {
        var random = new Random(13);
        var text = new byte[27];
        for (var n = 0; n < 10_000; n++)
        {
            var at = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
            if (n % 3 == 0) at = at.AddTicks(-(at.Ticks % 10_000)); // whole milliseconds, as most stored times are
            var length = SqliteIndexedInsert.FormatDate(at, text);
            Assert.Equal(at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture), Encoding.ASCII.GetString(text, 0, length));
        }
    }
}
