"""Scheduling: the optimiser (``solver/``), rescheduling, explanations, the B2B ``.dzn`` reader and the
independent validator. These modules are pure Python (no Django); the Django side calls them.

- :func:`gyoryu.scheduling.solver.solve` -- the engine (problem dataclasses in ``solver.problem``)
- :func:`gyoryu.scheduling.solver.reschedule.reschedule` -- minimal-change rescheduling with notices
- :func:`gyoryu.scheduling.explain.check` / :func:`~gyoryu.scheduling.explain.explain_infeasible`
- :func:`gyoryu.scheduling.validate.validate_schedule` / :func:`~gyoryu.scheduling.validate.validate_b2b`
- :func:`gyoryu.scheduling.dzn.load_instance` / :func:`~gyoryu.scheduling.dzn.problem_from_instance`
"""
