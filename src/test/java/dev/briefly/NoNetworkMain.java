package dev.briefly;

import dev.briefly.cli.Main;

import java.net.SocketPermission;
import java.security.Permission;

/**
 * Runs the command line with every network access refused, to prove that a summary needs no network unless a
 * translation server is configured. Used by {@link NoNetworkIT} in a child JVM.
 */
public final class NoNetworkMain {

    private NoNetworkMain() {
    }

    /** Installs a security manager that refuses sockets and name look-ups, then runs the CLI. */
    @SuppressWarnings("removal")
    public static void main(String[] args) {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission) {
                    throw new SecurityException("network access attempted: " + perm.getName() + " "
                            + perm.getActions());
                }
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
        System.exit(Main.run(args));
    }
}
