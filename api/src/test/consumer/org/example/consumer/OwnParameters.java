package org.example.consumer;

import org.communitygov.model.common.Money;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;

/** A user's own declaration of the parameters a rule needs, resolved by the engine by name. */
public record OwnParameters(
    @ParameterId("mlg.standard.urban") ResolvedParameter<Money> urbanStandard) {}
