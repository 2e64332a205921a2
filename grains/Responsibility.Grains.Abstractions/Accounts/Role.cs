namespace Responsibility.Grains.Abstractions.Accounts;

public enum Role
{
    Viewer = 0,
    UnitHead = 1,
    Leader = 2,
    BrigadeLeader = 3,
    Admin = 4,
}
