"""The secretariat's and organisers' web console: server-rendered pages over the same
services the chat calls (catalogue/, scheduler/); it never imports the chat's handlers."""
