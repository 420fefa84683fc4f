/**
 * The one way from a corpus to a map: read the articles, extract their events on every core,
 * apply the {@link org.saytara.pipeline.EventProcessor} (where reviews plug in), reconcile the
 * timeline, and prepare the layers. {@code serve}, {@code layers}, {@code extract}, the benchmark
 * and the tests all go through {@link org.saytara.pipeline.Pipeline}; its result, an
 * {@link org.saytara.pipeline.Analysis}, is immutable and is updated one article at a time.
 *
 * <p>This package may use every stage up to {@code layers}; only {@code web} and {@code cli} use it.
 */
package org.saytara.pipeline;
