using Xunit.Abstractions;
using Xunit.Sdk;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipped when their class's required variable is unset.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requirement = testMethod.TestClass.Class
            .GetCustomAttributes(typeof(RequiresEnvironmentAttribute).AssemblyQualifiedName)
            .FirstOrDefault();
        if (requirement is null)
            return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
        var variable = requirement.GetNamedArgument<string>(nameof(RequiresEnvironmentAttribute.Variable));
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
            return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
        return new XunitSkippedDataRowTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod, requirement.GetNamedArgument<string>(nameof(RequiresEnvironmentAttribute.SkipReason)));
    }
}
