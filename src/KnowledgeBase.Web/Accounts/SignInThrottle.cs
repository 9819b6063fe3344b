using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Accounts;

/// <summary>
/// Counts sign-in attempts per name (the per-address limit is the rate-limiting middleware's "sign-in" policy).
/// The name is only known once the form is read, so this limit is taken in the action rather than in middleware.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perName = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerNamePerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>False when this name has had its attempts for the current minute.</summary>
    public bool TryAttempt(string name)
    {
        using var lease = _perName.AttemptAcquire(name.ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _perName.Dispose();
}
