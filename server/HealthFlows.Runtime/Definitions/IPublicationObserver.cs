namespace HealthFlows.Runtime.Definitions;

/// <summary>
/// Told when a definition's published version changed (published, or deleted with its versions), so triggers
/// such as listeners and routes can follow at once, without a restart.
/// </summary>
/// <remarks>Called after the change is saved; an observer handles its own failures, because the change stands.</remarks>
public interface IPublicationObserver
{
    Task PublicationChangedAsync(string definitionId, CancellationToken cancellationToken);
}
