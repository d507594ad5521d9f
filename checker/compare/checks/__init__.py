"""One module per check, as the policy names them (rules/common/conflicts.yaml): each decides on
classes of facts the engine has blocked, and leaves building the finding to the engine."""
