using Xunit.Sdk;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>
/// A contract test. The suite's methods live on the abstract <see cref="StoreContractTests"/> and run once
/// per adapter subclass; xunit 2 has no dynamic skip, so the discoverer reads the subclass's
/// <see cref="RequiresEnvironmentAttribute"/> and reports every test of that class as skipped, with its
/// reason, when the variable is unset. Skipped tests still show in the run's totals.
/// </summary>
[XunitTestCaseDiscoverer("Depo.Tests.Infrastructure.Storage.StoreFactDiscoverer", "Depo.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
