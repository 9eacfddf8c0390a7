using Depo.Core.Identity;
using Depo.Core.Identity.SignIn;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Depo.Tests.Core.Identity;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle throttle;

    public LoginThrottleTests() =>
        throttle = new LoginThrottle(clock, Options.Create(new AuthOptions { LoginAttemptsPerMinute = 3 }));

    [Fact]
    public void TryAttempt_OverLimitForOneUsername_IsRefused()
    {
        Assert.True(throttle.TryAttempt("ana", "10.0.0.1"));
        Assert.True(throttle.TryAttempt("ana", "10.0.0.2"));
        Assert.True(throttle.TryAttempt("ana", "10.0.0.3"));

        Assert.False(throttle.TryAttempt("ana", "10.0.0.4"));
    }

    [Fact]
    public void TryAttempt_UsernameInOtherCase_CountsAsTheSameUser()
    {
        throttle.TryAttempt("Ana", null);
        throttle.TryAttempt("ANA", null);
        throttle.TryAttempt("ana", null);

        Assert.False(throttle.TryAttempt("aNa", null));
    }

    [Fact]
    public void TryAttempt_OverLimitForOneAddress_IsRefusedForAnyUsername()
    {
        Assert.True(throttle.TryAttempt("user1", "10.0.0.9"));
        Assert.True(throttle.TryAttempt("user2", "10.0.0.9"));
        Assert.True(throttle.TryAttempt("user3", "10.0.0.9"));

        Assert.False(throttle.TryAttempt("user4", "10.0.0.9"));
        Assert.True(throttle.TryAttempt("user4", "10.0.0.10"));
    }

    [Fact]
    public void TryAttempt_WithoutAddress_CountsPerUsernameOnly()
    {
        Assert.True(throttle.TryAttempt("user1", null));
        Assert.True(throttle.TryAttempt("user2", null));
        Assert.True(throttle.TryAttempt("user3", null));

        Assert.True(throttle.TryAttempt("user4", null));
    }

    [Fact]
    public void TryAttempt_AfterOneMinute_IsAllowedAgain()
    {
        for (var i = 0; i < 3; i++)
            throttle.TryAttempt("ana", null);
        Assert.False(throttle.TryAttempt("ana", null));

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(throttle.TryAttempt("ana", null));
    }

    [Fact]
    public void TryAttempt_WindowSlides_FreesOneSlotPerExpiredAttempt()
    {
        throttle.TryAttempt("ana", null);
        clock.Advance(TimeSpan.FromSeconds(30));
        throttle.TryAttempt("ana", null);
        clock.Advance(TimeSpan.FromSeconds(10));
        throttle.TryAttempt("ana", null);

        clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(throttle.TryAttempt("ana", null));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(throttle.TryAttempt("ana", null));
        Assert.False(throttle.TryAttempt("ana", null));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(throttle.TryAttempt("ana", null));
    }

    [Fact]
    public void TryAttempt_RefusedAttempts_DoNotExtendTheLockout()
    {
        for (var i = 0; i < 3; i++)
            throttle.TryAttempt("ana", null);
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            Assert.False(throttle.TryAttempt("ana", null));
        }

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(throttle.TryAttempt("ana", null));
    }

    [Fact]
    public void TryAttempt_ManyNamesOverTime_ForgetsThoseWhoseAttemptsExpired()
    {
        for (var i = 0; i < 2000; i++)
            throttle.TryAttempt("sprayed" + i, null);

        clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 1024; i++)
            throttle.TryAttempt("later" + i, null);

        Assert.True(throttle.TrackedKeys <= 1024, $"{throttle.TrackedKeys} keys still tracked");
    }

    [Fact]
    public void TryAttempt_SweepDuringTheWindow_KeepsCounting()
    {
        for (var i = 0; i < 3; i++)
            throttle.TryAttempt("ana", null);

        for (var i = 0; i < 2048; i++)
            throttle.TryAttempt("other" + i, null);

        Assert.False(throttle.TryAttempt("ana", null));
    }
}
