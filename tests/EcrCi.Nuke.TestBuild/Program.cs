using EcrCi.Nuke.TestBuild;

return BuildRunner.Execute<Build>(args);
