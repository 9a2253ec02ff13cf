package org.caravanqda.app.port;

import java.util.List;

/**
 * The members of a team project on a server (issue #20): each a database login with one role, mapped
 * to the coder row whose codings and memos are theirs. Only an owner may change them.
 */
public interface TeamMembers {
    /** What a member may do; the server enforces it (roles and row-level security, ADR 0026). */
    enum Role {
        /** Documents, the codebook, pseudonyms, attributes, members: everything. */
        OWNER,
        /** Their own codings and memos; reads the rest. */
        CODER,
        /** Reads only. */
        VIEWER
    }

    /** A member: the login, the coder it codes as, its role. */
    record Member(String login, String coder, Role role) {}

    /**
     * Adds {@code login} with {@code role}: creates the login (with {@code password}, or none when
     * null: then the server authenticates it otherwise, e.g. by certificate) when the server has
     * none, and maps it to the coder named {@code coder} (created when missing; null: the login).
     */
    void add(String login, Role role, char[] password, String coder);

    /** Takes the login's role away; its coder row and codings stay, so its work stays attributed. */
    void remove(String login);

    /** Gives a member another role. */
    void role(String login, Role role);

    List<Member> list();
}
