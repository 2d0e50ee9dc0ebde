/** Serves the browser console (the {@code console} Maven module's build) at {@code /}. */
@ApplicationModule(
    displayName = "Console",
    allowedDependencies = {})
package io.computility.server.console;

import org.springframework.modulith.ApplicationModule;
