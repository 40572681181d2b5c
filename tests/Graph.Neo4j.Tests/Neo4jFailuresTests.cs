using System.Net.Sockets;
using Graph.Neo4j;

namespace Graph.Tests;

public class Neo4jFailuresTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true, false)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true, false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", true, false)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", true, false)]
    [InlineData("Neo.TransientError.General.MemoryPoolOutOfMemoryError", false, true)]
    [InlineData("Neo.TransientError.General.TransactionMemoryLimit", false, true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false, false)]
    [InlineData("Neo.ClientError.Transaction.Terminated", false, false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false, false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false, false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", false, false)]
    public void Classify_ServerCodes_RetrySplitOrFail(string code, bool transient, bool split)
    {
        var exception = new Neo4jException("x", code, 202);

        Assert.Equal(transient, Neo4jFailures.IsTransient(exception));
        Assert.Equal(split, Neo4jFailures.CallsForSplit(exception));
    }

    [Theory]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(404, false)]
    public void IsTransient_HttpStatusWithoutCode_OnlyGatewayErrors(int status, bool transient)
    {
        Assert.Equal(transient, Neo4jFailures.IsTransient(new Neo4jException("x", null, status)));
    }

    [Fact]
    public void IsTransient_TransportFailureOrOtherException_TrueOnlyForTransport()
    {
        Assert.True(Neo4jFailures.IsTransient(new Neo4jException("refused", innerException: new HttpRequestException("x", new SocketException()))));
        Assert.False(Neo4jFailures.IsTransient(new OperationCanceledException()));
        Assert.False(Neo4jFailures.IsTransient(null));
    }

    [Theory]
    [InlineData(0, 0.0, 0.8)]
    [InlineData(0, 0.5, 1.0)]
    [InlineData(0, 0.999999, 1.2)]
    [InlineData(3, 0.5, 8.0)]
    public void Delay_AttemptAndRandom_DoublingWithinTwentyPercent(int attempt, double random, double seconds)
    {
        var delay = Neo4jResilience.Delay(new Neo4jOptions { Uri = new Uri("http://localhost:7474") }, attempt, random);

        Assert.Equal(seconds, delay.TotalSeconds, precision: 3);
    }
}
