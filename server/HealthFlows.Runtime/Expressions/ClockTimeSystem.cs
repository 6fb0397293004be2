using System.Globalization;
using Jint.Runtime;

namespace HealthFlows.Runtime.Expressions;

/// <summary>Makes JavaScript's Date read the injected clock, in UTC, so scripts agree with the runtime and tests can move time.</summary>
internal sealed class ClockTimeSystem(TimeProvider clock) : DefaultTimeSystem(TimeZoneInfo.Utc, CultureInfo.InvariantCulture)
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();
}
