package app.kindred.invitation;

public enum InvitationChannel {
    EMAIL, LINK
}
