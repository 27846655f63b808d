package io.mlgate.engine.buildrisk.history;

/**
 * A walk over a history's builds in order that knows, for the next build, both the previous-outcome baseline's call
 * ({@link PreviousOutcomes}) and the related-outcome rule's ({@link RelatedCall}). Like the previous-outcome walk it
 * can be resumed from where a model's saved replay state stood.
 */
public final class RelatedOutcomes {
    private final PreviousOutcomes previous;
    private final RelatedBuilds related;

    private RelatedOutcomes(PreviousOutcomes previous, RelatedBuilds related) {
        this.previous = previous;
        this.related = related;
    }

    /**
     * Goes on from a previous-outcome walk and the related builds where it stood; the walk takes both over (give it
     * copies of any the caller goes on using).
     */
    public static RelatedOutcomes resume(PreviousOutcomes previous, RelatedBuilds related) {
        return new RelatedOutcomes(previous, related);
    }

    /** The walk over {@code builds} from the start. */
    public static RelatedOutcomes after(Iterable<Build> builds) {
        RelatedOutcomes walk = new RelatedOutcomes(PreviousOutcomes.start(), new RelatedBuilds());
        builds.forEach(walk::add);
        return walk;
    }

    /** The previous-outcome walk inside (its counts give the baseline's rates). */
    public PreviousOutcomes previous() {
        return previous;
    }

    /** The related-outcome rule's call on {@code b}, the next build. */
    public RelatedCall call(Build b) {
        return RelatedCall.of(b, previous.previousBroken(b), related);
    }

    /** Walks over {@code b} (canceled and unfinished builds are passed over). */
    public void add(Build b) {
        previous.add(b);
        related.record(b);
    }

    /** A walk that goes on from here without changing this one. */
    public RelatedOutcomes copy() {
        return new RelatedOutcomes(previous.copy(), related.copy());
    }
}
