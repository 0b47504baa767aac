using System.Reflection;
using PeerSupport.Domain;

namespace PeerSupport.Core.Tests.Domain;

/// <summary>Every public value type of PeerSupport.Core implements equality consistently.</summary>
public sealed class ValueTypeEqualityTests
{
    public static TheoryData<Type> PublicValueTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(MemberId).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicValueTypes))]
    public void ValueType_ImplementsEquatableAndOperators(Type type)
    {
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        var equality = type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]);
        var inequality = type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type]);
        Assert.NotNull(equality);
        Assert.NotNull(inequality);

        var a = Activator.CreateInstance(type)!;
        var b = Activator.CreateInstance(type)!;
        Assert.True(a.Equals(b), $"{type.Name}: default values must be equal");
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True((bool)equality!.Invoke(null, [a, b])!);
        Assert.False((bool)inequality!.Invoke(null, [a, b])!);
        Assert.False(a.Equals(null));
        Assert.NotNull(a.ToString());
    }

    public static TheoryData<Type> IdentifierTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(MemberId).Assembly.GetExportedTypes().Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIdentifier<>))))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IdentifierTypes))]
    public void Identifier_EqualityAgreesWithValue(Type type)
    {
        var create = type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
        var x1 = create.Invoke(null, ["X-1"])!;
        var x2 = create.Invoke(null, ["X-1"])!;
        var y = create.Invoke(null, ["Y-1"])!;
        Assert.True(x1.Equals(x2));
        Assert.Equal(x1.GetHashCode(), x2.GetHashCode());
        Assert.False(x1.Equals(y));
        Assert.Equal(-1, Math.Sign((int)type.GetMethod("CompareTo", [type])!.Invoke(x1, [y])!));
    }
}
