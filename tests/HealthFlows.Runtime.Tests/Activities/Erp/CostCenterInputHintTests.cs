using HealthFlows.Activities.Erp;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Descriptors;

namespace HealthFlows.Runtime.Tests.Activities.Erp;

/// <summary>The designer shows its cost-center picker only for inputs that say they hold a cost-center code.</summary>
public sealed class CostCenterInputHintTests
{
    [Fact]
    public void PostInventoryConsumption_CostCenterInput_AsksForTheCostCenterPicker()
    {
        var descriptor = ActivityDescriptorFactory.Describe(new PostInventoryConsumption());

        var costCenter = Assert.Single(descriptor.Inputs, i => i.Name == "costCenter");
        Assert.Equal("cost-center", costCenter.UIHint);
    }

    [Fact]
    public void Describe_EveryActivityInputNamedCostCenter_AsksForTheCostCenterPicker()
    {
        var activities = typeof(PostInventoryConsumption).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(Activity)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => ActivityDescriptorFactory.Describe((Activity)Activator.CreateInstance(t)!))
            .ToList();

        var costCenterInputs = activities
            .SelectMany(a => a.Inputs.Where(i => i.Name.Equals("costCenter", StringComparison.OrdinalIgnoreCase)).Select(i => (a.TypeName, i.UIHint)))
            .ToList();

        Assert.NotEmpty(costCenterInputs);
        Assert.All(costCenterInputs, input => Assert.Equal("cost-center", input.UIHint));
    }
}
