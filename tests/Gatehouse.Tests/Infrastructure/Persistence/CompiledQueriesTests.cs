using System.Linq.Expressions;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Tests.Infrastructure.Persistence;

/// <summary>A feature's query expression composed into another's compiled query: the call is replaced by its body.</summary>
public sealed class CompiledQueriesTests
{
    private static readonly Expression<Func<int[], int, int>> CountAbove = (values, floor) => values.Count(v => v > floor);

    [Fact]
    public void A_call_is_replaced_by_the_called_expression_with_its_arguments()
    {
        var query = CompiledQueries.Inline<Func<int[], int, int>>((values, floor) => CountAbove.Call(values, floor + 1) * 10);

        Assert.Equal(20, query.Compile()([1, 2, 3, 4], 1));
        Assert.Equal(0, query.Compile()([1, 2], 5));
        Assert.DoesNotContain(nameof(CompiledQueries.Call), query.ToString());
        Assert.Contains("Count", query.ToString());
    }

    [Fact]
    public void Calls_nested_in_a_called_argument_are_inlined_too()
    {
        Expression<Func<int[], int, int>> twice = (values, floor) => CountAbove.Call(values, CountAbove.Call(values, floor));
        var query = CompiledQueries.Inline<Func<int[], int, int>>((values, floor) => twice.Call(values, floor));

        // Above 2: {3, 4} → 2; above 2 again → 2.
        Assert.Equal(2, query.Compile()([1, 2, 3, 4], 2));
        Assert.DoesNotContain(nameof(CompiledQueries.Call), query.ToString());
    }

    [Fact]
    public void Call_outside_a_composed_query_says_where_it_belongs()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CountAbove.Call([1], 0));
        Assert.Contains(nameof(CompiledQueries.Inline), error.Message);
    }
}
