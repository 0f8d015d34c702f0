"""Staff sign-in in the GUI (issue 13): login at start, switch user, idle lock."""
