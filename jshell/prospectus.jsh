// prospectus-analytics in JShell: the front door, then the library's packages, imported on start.
// ./jshell.sh opens JShell with this file after JShell's own default imports:
//   jshell --class-path ... --startup DEFAULT --startup jshell/prospectus.jsh
import dev.prospectus.Prospectus;
import dev.prospectus.model.*;
import dev.prospectus.format.*;
import dev.prospectus.io.*;
import dev.prospectus.calc.*;
import dev.prospectus.verify.*;
import dev.prospectus.analysis.*;
import dev.prospectus.report.*;
import dev.prospectus.scenario.*;
import dev.prospectus.text.*;
System.out.println("prospectus-analytics: bundled datasets " + Prospectus.bundledNames()
    + "; open one with Prospectus.bundled(name). /exit to leave.");
