namespace Depo.Core.Approvals.Signing;

/// <summary>The refusals of spec procurement §4.4 in the generic wording or the procurement one.</summary>
public sealed record SigningWording(string AlreadySigned, string NotAuthorized)
{
    public const string Completed = "This approval flow is already completed";

    public static SigningWording Generic { get; } = new("You have already signed", "You are not authorized to sign");

    public static SigningWording Procurement { get; } = new("You have already signed this order", "You are not authorized to sign this order");
}
