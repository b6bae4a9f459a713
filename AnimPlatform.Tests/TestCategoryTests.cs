using System.Reflection;

namespace AnimPlatform.Tests;

/// <summary>Every test class is in one of the four lanes, so `scripts/test.sh --fast` and the filters see all of them.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TestCategoryTests
{
    private static readonly string[] Lanes = [TestCategory.Unit, TestCategory.Integration, TestCategory.Browser, TestCategory.Reliability];

    [Fact]
    public void Every_test_class_carries_exactly_one_known_category()
    {
        var testClasses = typeof(TestCategoryTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()));
        var missing = testClasses
            .Where(t => t.GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Category")
                .Select(a => (string?)a.ConstructorArguments[1].Value)
                .Count(v => Lanes.Contains(v)) != 1)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(missing);
        Assert.NotEmpty(testClasses);
    }
}
