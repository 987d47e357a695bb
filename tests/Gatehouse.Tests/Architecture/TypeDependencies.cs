using Mono.Cecil;

namespace Gatehouse.Tests.Architecture;

/// <summary>Every type a type of the server uses (signatures, attributes and method bodies), read from the compiled assembly.</summary>
public static class TypeDependencies
{
    public const string FeaturesPrefix = "Gatehouse.Server.Features.";
    public const string InfrastructurePrefix = "Gatehouse.Server.Infrastructure";

    /// <summary>(namespace of the user, full name of the used type, namespace of the used type), distinct.</summary>
    public static IReadOnlySet<(string FromNamespace, string ToType, string ToNamespace)> Read()
    {
        // GATEHOUSE_ARCH_ASSEMBLY measures another build (e.g. main before a change) with the same rules.
        var path = Environment.GetEnvironmentVariable("GATEHOUSE_ARCH_ASSEMBLY") is { Length: > 0 } other ? other : typeof(Program).Assembly.Location;
        using var module = ModuleDefinition.ReadModule(path);
        var edges = new HashSet<(string, string, string)>();
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!from.StartsWith("Gatehouse.Server", StringComparison.Ordinal)) continue;
            foreach (var used in Uses(type))
            {
                var to = NamespaceOf(used);
                if (to.StartsWith("Gatehouse.Server", StringComparison.Ordinal) && to != from)
                    edges.Add((from, TopLevel(used).FullName, to));
            }
        }
        return edges;
    }

    public static string? FeatureOf(string ns)
    {
        if (!ns.StartsWith(FeaturesPrefix, StringComparison.Ordinal)) return null;
        var rest = ns[FeaturesPrefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            if (t is null) return;
            if (t is GenericInstanceType g) foreach (var a in g.GenericArguments) Add(a);
            var element = t.GetElementType();
            if (element is not null && !ReferenceEquals(element, t)) Add(element);
            else found.Add(t);
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Add(a);
        }

        Add(type.BaseType);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        foreach (var a in type.CustomAttributes) Add(a.AttributeType);
        foreach (var f in type.Fields) Add(f.FieldType);
        foreach (var p in type.Properties) Add(p.PropertyType);
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            foreach (var a in m.CustomAttributes) Add(a.AttributeType);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) Add(v.VariableType);
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference mr: AddMethod(mr); break;
                    case FieldReference fr: Add(fr.DeclaringType); Add(fr.FieldType); break;
                }
            }
        }
        return found;
    }

    private static TypeReference TopLevel(TypeReference t)
    {
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    private static string NamespaceOf(TypeReference t) => TopLevel(t).Namespace;
}
