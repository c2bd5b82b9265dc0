package dev.prospectus.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every test of a class that declares a {@link JShellSession} parameter the same session,
 * opened on first use and closed when the class's tests are done.
 * <p>
 * Opening a session costs a compiler and the class path (a few hundred milliseconds); a class that
 * opened one per test spent most of its time doing so. Snippets of one test stay visible to the
 * next, so each test's code declares what it uses, as a page's code does.
 */
final class SharedJShellSession implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
      SharedJShellSession.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == JShellSession.class;
  }

  @Override
  public JShellSession resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The class's store, not the test's: JUnit closes what it holds (an AutoCloseable) after the
    // class's last test.
    ExtensionContext owner = context;
    while (owner.getTestMethod().isPresent()) {
      owner = owner.getParent().orElseThrow();
    }
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(JShellSession.class, type -> open(), JShellSession.class);
  }

  private static JShellSession open() {
    try {
      return new JShellSession();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the JShell startup file " + JShellSession.STARTUP, e);
    }
  }
}
