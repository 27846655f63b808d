package io.mlgate.cli;

import picocli.CommandLine;

/** Creates command objects and hands each gate command the streams and environment of this run. */
final class CommandFactory implements CommandLine.IFactory {
    private final GateCommand.Session session;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(GateCommand.Session session) {
        this.session = session;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        K obj = fallback.create(cls);
        if (obj instanceof GateCommand g) {
            g.session(session);
        }
        return obj;
    }

    /** A new instance of the command class {@code cls}, as {@link #create} makes it. */
    Object command(Class<?> cls) {
        try {
            return create(cls);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create " + cls.getName() + ": " + e, e);
        }
    }
}
