using Depo.Core.Approvals;
using Depo.Core.Approvals.Signing;

namespace Depo.Tests.Core.Approvals;

/// <summary>The signature hash of spec procurement §4.8 and its verifier, tolerant of older microsecond hashes.</summary>
public sealed class SignatureHashTests
{
    private static readonly DateTime SignedAt = new(2026, 1, 5, 9, 14, 2, 250, DateTimeKind.Utc);

    [Fact]
    public void Input_SpecExample_IsTheExactText()
    {
        var input = SignatureHash.Input("693f2621e00b726ad22daef9", "procurement_order", SignedAt, "6928ab746c224c08af72178f");

        Assert.Equal(
            "{\"object_id\": \"693f2621e00b726ad22daef9\", \"object_type\": \"procurement_order\", \"timestamp\": \"2026-01-05T09:14:02.250000\", \"user_id\": \"6928ab746c224c08af72178f\"}",
            input);
        Assert.Matches("^[0-9a-f]{64}$", SignatureHash.Compute(input));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(input))), SignatureHash.Compute(input));
    }

    [Fact]
    public void Timestamp_WholeSecond_HasNoFraction()
    {
        Assert.Equal("2026-01-05T09:14:02", SignatureHash.Timestamp(new DateTime(2026, 1, 5, 9, 14, 2, DateTimeKind.Utc)));
        Assert.Equal("2026-01-05T09:14:02.000007", SignatureHash.Timestamp(new DateTime(2026, 1, 5, 9, 14, 2, DateTimeKind.Utc), 7));
    }

    [Fact]
    public void Literal_NonAsciiAndQuotes_AreEscapedAsPythonDoes()
    {
        Assert.Equal("\"Referat \\u0103\\u021b \\\"x\\\" \\\\ \\n\"", SignatureHash.Literal("Referat ăț \"x\" \\ \n"));
    }

    [Fact]
    public void Truncate_DropsSubMillisecondTicks()
    {
        var now = new DateTimeOffset(SignedAt.AddTicks(4321), TimeSpan.Zero);
        Assert.Equal(SignedAt, SignatureHash.Truncate(now));
    }

    [Fact]
    public void Verify_OlderHashWithMicroseconds_IsHashVerified()
    {
        var flow = FlowWith(out var signature);
        signature.SignatureHash = SignatureHash.Compute(SignatureHash.Input(flow.ObjectId, flow.ObjectType, SignedAt, signature.UserId, 731));

        Assert.Equal(SignatureVerification.HashVerified, new SignatureVerifier(new TestKey()).Verify(flow, signature, null));
    }

    [Fact]
    public void Verify_HashOfAnotherMillisecond_IsNotVerifiable()
    {
        var flow = FlowWith(out var signature);
        signature.SignatureHash = SignatureHash.Compute(SignatureHash.Input(flow.ObjectId, flow.ObjectType, SignedAt.AddMilliseconds(1), signature.UserId, 1));

        Assert.Equal(SignatureVerification.NotVerifiable, new SignatureVerifier(new TestKey()).Verify(flow, signature, null));
    }

    [Fact]
    public void Verify_SealedSignature_DetectsChangedContentAndForgedSeal()
    {
        var key = new TestKey();
        var flow = FlowWith(out var signature);
        var input = SignatureHash.Input(flow.ObjectId, flow.ObjectType, SignedAt, signature.UserId);
        signature.SignatureHash = SignatureHash.Compute(input);
        signature.ObjectDigest = "digest-1";
        signature.SignatureHmac = key.Hmac(SignatureVerifier.SealedText(input, "digest-1"));
        var verifier = new SignatureVerifier(key);

        Assert.Equal(SignatureVerification.HashVerified, verifier.Verify(flow, signature, "digest-1"));
        Assert.Equal(SignatureVerification.ContentChanged, verifier.Verify(flow, signature, "digest-2"));
        signature.SignatureHmac = new TestKey("another key").Hmac(SignatureVerifier.SealedText(input, "digest-1"));
        Assert.Equal(SignatureVerification.NotVerifiable, verifier.Verify(flow, signature, "digest-1"));
        signature.SignatureHmac = null;
        Assert.Equal(SignatureVerification.NotVerifiable, verifier.Verify(flow, signature, "digest-1"));
    }

    private static ApprovalFlow FlowWith(out ApprovalSignature signature)
    {
        signature = new ApprovalSignature { UserId = "6928ab746c224c08af72178f", Username = "ana", SignedAt = SignedAt };
        return new ApprovalFlow { ObjectId = "693f2621e00b726ad22daef9", ObjectType = "procurement_order", Signatures = [signature] };
    }

    private sealed class TestKey(string secret = "test key") : IApprovalSignatureKey
    {
        public string Hmac(string text) => Convert.ToHexStringLower(
            System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
