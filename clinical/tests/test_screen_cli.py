from clinical.screen import main


def test_the_command_line_prints_the_outcome_and_fired_rules(capsys):
    assert main(["--all-no", "age=40", "fever=yes", "very_sick_with_fever=yes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "ruleset: back-pain-red-flags 1.0.0"
    assert out[1] == "disposition: emergency_now"
    assert any(line.startswith("fired: LBP-RF-18 (emergency_now)") for line in out)


def test_the_command_line_reports_missing_answers_as_cannot_assess(capsys):
    assert main(["age=40"]) == 0
    out = capsys.readouterr().out
    assert "disposition: cannot_assess" in out and "missing: saddle_numbness" in out


def test_the_command_line_refuses_malformed_answers(capsys, tmp_path):
    assert main(["fever=perhaps"]) == 2
    assert "answer must be yes, no or not_sure" in capsys.readouterr().err
    answers = tmp_path / "answers.toml"
    answers.write_text('fever = "yes"\nunknown_question = "no"\n')
    assert main(["--file", str(answers)]) == 2
    assert "unknown question" in capsys.readouterr().err
