using Xunit.Abstractions;

namespace Gatehouse.Tests.Architecture;

/// <summary>The seams between features hold: see <see cref="AllowedDependencies"/>.</summary>
public sealed class ArchitectureTests(ITestOutputHelper output)
{
    [Fact]
    public void Features_use_each_other_only_through_declared_contracts_and_infrastructure_uses_no_feature()
    {
        var crossings = new SortedSet<string>(StringComparer.Ordinal);
        var viaContracts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, toType, to) in TypeDependencies.Read())
        {
            var fromFeature = TypeDependencies.FeatureOf(from);
            var toFeature = TypeDependencies.FeatureOf(to);
            if (toFeature is null) continue; // using infrastructure is always fine
            if (fromFeature is null)
            {
                if (from.StartsWith(TypeDependencies.InfrastructurePrefix, StringComparison.Ordinal)) crossings.Add($"Infrastructure -> {toType}");
                continue;
            }
            if (fromFeature == toFeature) continue;
            var contract = $"{TypeDependencies.FeaturesPrefix}{toFeature}.Contracts";
            if ((to == contract || to.StartsWith(contract + ".", StringComparison.Ordinal)) && AllowedDependencies.Contracts.Contains((fromFeature, toFeature)))
                viaContracts.Add($"{fromFeature} -> {toType}");
            else
                crossings.Add($"{fromFeature} -> {toType}");
        }

        output.WriteLine($"cross-feature uses outside contracts (incl. infrastructure -> feature): {crossings.Count}; through contracts: {viaContracts.Count}");
        foreach (var c in crossings) output.WriteLine($"        \"{c}\",");
        var fresh = crossings.Where(c => !AllowedDependencies.KnownDebt.Contains(c)).ToList();
        Assert.True(fresh.Count == 0, "New dependencies that bypass a feature's contract (use its Contracts namespace, or declare the edge in AllowedDependencies):\n" + string.Join("\n", fresh));
    }
}
