namespace Responsibility.Grains.Abstractions;

/// <summary>Units and leaders are owned by a brigade, so their grain keys carry the brigade id.</summary>
public static class GrainKeys
{
    public static string Unit(string brigadeId, string unitId) => $"{brigadeId}/{unitId}";

    public static string Leader(string brigadeId, string leaderId) => $"{brigadeId}/{leaderId}";
}
