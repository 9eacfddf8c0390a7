namespace Depo.Core.Approvals.Signing;

/// <summary>
/// Checks a stored signature (spec procurement §4.8, trap 7.8). Older signatures were hashed with microsecond
/// timestamps while storage kept milliseconds, so the 1000 microsecond values inside the stored millisecond are tried.
/// Depo seals every signature it writes; a digest without a seal, or a seal that does not match, was not written by Depo.
/// </summary>
public sealed class SignatureVerifier(IApprovalSignatureKey key)
{
    public SignatureVerification Verify(ApprovalFlow flow, ApprovalSignature signature, string? currentDigest)
    {
        var input = ReproducedInput(flow, signature);
        if (input is null)
            return SignatureVerification.NotVerifiable;
        if (signature.SignatureHmac is null)
            return signature.ObjectDigest is null ? SignatureVerification.HashVerified : SignatureVerification.NotVerifiable;
        if (!string.Equals(key.Hmac(SealedText(input, signature.ObjectDigest)), signature.SignatureHmac, StringComparison.OrdinalIgnoreCase))
            return SignatureVerification.NotVerifiable;
        return signature.ObjectDigest is null || currentDigest is null || currentDigest == signature.ObjectDigest
            ? SignatureVerification.HashVerified : SignatureVerification.ContentChanged;
    }

    /// <summary>The text the seal covers: the hash input followed by the object digest.</summary>
    public static string SealedText(string hashInput, string? objectDigest) => hashInput + objectDigest;

    /// <summary>The hash input that reproduces the stored hash, or null when none does.</summary>
    public static string? ReproducedInput(ApprovalFlow flow, ApprovalSignature signature)
    {
        for (var microseconds = 0; microseconds < 1000; microseconds++)
        {
            var input = SignatureHash.Input(flow.ObjectId, flow.ObjectType, signature.SignedAt, signature.UserId, microseconds);
            if (string.Equals(SignatureHash.Compute(input), signature.SignatureHash, StringComparison.OrdinalIgnoreCase))
                return input;
        }
        return null;
    }
}
