// @ts-nocheck: Handlebars' generated code is plain JavaScript.
/* Generated from src/clauses.generated.ts by scripts/precompile-clauses.ts. Do not edit. */

export const precompiledClauses = {
  "attribution": {
    source: "{{#if (eq rights.attribution \"byline\")}}\nThe work is published under my name, as its author.\n{{/if}}\n{{#if (eq rights.attribution \"ghost-written\")}}\nThe work is ghost-written: it appears under your name only, and I do not claim it as mine in public.\n{{/if}}\n{{#if (eq rights.attribution \"credit-line\")}}\nWhere the work is published, it carries a credit{{#if rights.creditLine}}: {{rights.creditLine}}{{else}} that names me{{/if}}.\n{{/if}}\n",
    helpers: ["eq","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    return "The work is published under my name, as its author.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "The work is ghost-written: it appears under your name only, and I do not claim it as mine in public.\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Where the work is published, it carries a credit"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"creditLine"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":48},"end":{"line":8,"column":125}}})) != null ? stack1 : "")
    + ".\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"rights"), "creditLine", {"start":{"line":8,"column":77},"end":{"line":8,"column":94}} ), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return " that names me";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"attribution"),"byline",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":38}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"attribution"),"ghost-written",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":6},"end":{"line":4,"column":45}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"attribution"),"credit-line",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":7,"column":6},"end":{"line":7,"column":43}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "channels": {
    source: "{{#if freelancer.channels}}\nYou can reach me by:\n\n{{#each freelancer.channels}}\n- {{phrase \"channel\" kind}}{{#if limit}}, up to {{plural limit.count (phrase \"channel-one\" kind) (phrase \"channel-many\" kind)}} {{phrase \"limit-period\" limit.per}}{{/if}}{{#if note}}: {{note}}{{/if}}\n{{/each}}\n\nMore calls or meetings than these are by agreement, and may be charged as extra work.\n{{/if}}\n\n{{#if client.channels}}\nI will reach you by:\n\n{{#each client.channels}}\n- {{phrase \"channel\" kind}}{{#if limit}}, up to {{plural limit.count (phrase \"channel-one\" kind) (phrase \"channel-many\" kind)}} {{phrase \"limit-period\" limit.per}}{{/if}}{{#if note}}: {{note}}{{/if}}\n{{/each}}\n{{/if}}\n",
    helpers: ["each","if","phrase","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You can reach me by:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"freelancer"),"channels"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "\nMore calls or meetings than these are by agreement, and may be charged as extra work.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"channel",lookupProperty(depth0,"kind"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":27}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"limit"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":27},"end":{"line":5,"column":170}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":170},"end":{"line":5,"column":199}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", up to "
    + ((stack1 = lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"limit"),"count"),lookupProperty(helpers,"phrase").call(alias1,"channel-one",lookupProperty(depth0,"kind"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":5,"column":69},"end":{"line":5,"column":96}}}),lookupProperty(helpers,"phrase").call(alias1,"channel-many",lookupProperty(depth0,"kind"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":5,"column":97},"end":{"line":5,"column":125}}}),{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":5,"column":48},"end":{"line":5,"column":127}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"limit-period",lookupProperty(lookupProperty(depth0,"limit"),"per"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":5,"column":128},"end":{"line":5,"column":163}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": "
    + ((stack1 = container.lambda(container.strict(depth0, "note", {"start":{"line":5,"column":186},"end":{"line":5,"column":190}} ), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I will reach you by:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"client"),"channels"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"freelancer"),"channels"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"client"),"channels"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "client-inputs": {
    source: "To keep to the schedule, I need the following from you:\n\n{{#each deadlines.client}}\n- **{{title}}**: by {{date dueOn}}{{#if basis}} ({{after basis}}){{/if}}{{#if repeat}}, then {{phrase \"repeat\" repeat.every}}, {{plural repeat.times \"time\" \"times\"}} in all{{/if}}{{#if description}}. {{description}}{{/if}}\n{{/each}}\n\nIf one of these arrives late, each of my deadlines that follows it moves back by the same number of business days. A business day is a weekday that is neither a public holiday nor a day off for whoever owes the step.\n",
    helpers: ["after","date","each","if","phrase","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = container.lambda(container.strict(depth0, "title", {"start":{"line":4,"column":6},"end":{"line":4,"column":11}} ), depth0)) != null ? stack1 : "")
    + "**: by "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(depth0,"dueOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":4,"column":20},"end":{"line":4,"column":34}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"basis"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":72}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"repeat"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":72},"end":{"line":4,"column":179}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":179},"end":{"line":4,"column":222}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"after").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"basis"),{"name":"after","hash":{},"data":data,"loc":{"start":{"line":4,"column":49},"end":{"line":4,"column":64}}})) != null ? stack1 : "")
    + ")";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", then "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"repeat",lookupProperty(lookupProperty(depth0,"repeat"),"every"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":4,"column":93},"end":{"line":4,"column":125}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"repeat"),"times"),"time","times",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":4,"column":127},"end":{"line":4,"column":165}}})) != null ? stack1 : "")
    + " in all";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ". "
    + ((stack1 = container.lambda(container.strict(depth0, "description", {"start":{"line":4,"column":202},"end":{"line":4,"column":213}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "To keep to the schedule, I need the following from you:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"deadlines"),"client"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + "\nIf one of these arrives late, each of my deadlines that follows it moves back by the same number of business days. A business day is a weekday that is neither a public holiday nor a day off for whoever owes the step.\n";
},"useData":true},
  },
  "confidentiality": {
    source: "We each keep private what the other shares in confidence for this work and has not made public{{#if rights.confidentialityYears}}, for {{plural rights.confidentialityYears \"year\" \"years\"}} after the work ends{{else}}, also after the work ends{{/if}}. This does not cover what is already public, or what the law requires one of us to disclose.\n",
    helpers: ["if","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", for "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"confidentialityYears"),"year","years",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":1,"column":135},"end":{"line":1,"column":188}}})) != null ? stack1 : "")
    + " after the work ends";
},"1":function(container,depth0,helpers,partials,data) {
    return ", also after the work ends";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We each keep private what the other shares in confidence for this work and has not made public"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"confidentialityYears"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":94},"end":{"line":1,"column":249}}})) != null ? stack1 : "")
    + ". This does not cover what is already public, or what the law requires one of us to disclose.\n";
},"useData":true},
  },
  "days-off": {
    source: "{{#if freelancer.daysOff}}\n{{#with freelancer.daysOff}}\n{{#if weekdays}}\nI do not work on {{weekdays weekdays}}.\n{{/if}}\n\n{{#if dates}}\nI am also away on these dates:\n\n{{#each dates}}\n- {{date date}}{{#if label}}: {{label}}{{/if}}\n{{/each}}\n{{/if}}\n\n{{#if note}}\n{{note}}\n{{/if}}\n{{/with}}\n{{/if}}\n\n{{#with freelancer.publicHolidays}}\nPublic holidays ({{region country}}{{#if this.region}}, {{this.region}}{{/if}}) are days off too.\n{{/with}}\n\nThese days are never working days, and business-day deadlines skip them.\n",
    helpers: ["date","each","if","region","weekdays","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"freelancer"),"daysOff"),{"name":"with","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"weekdays"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"dates"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I do not work on "
    + ((stack1 = lookupProperty(helpers,"weekdays").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"weekdays"),{"name":"weekdays","hash":{},"data":data,"loc":{"start":{"line":4,"column":17},"end":{"line":4,"column":38}}})) != null ? stack1 : "")
    + ".\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I am also away on these dates:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":15}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"label"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":15},"end":{"line":11,"column":46}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": "
    + ((stack1 = container.lambda(container.strict(depth0, "label", {"start":{"line":11,"column":32},"end":{"line":11,"column":37}} ), depth0)) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "note", {"start":{"line":16,"column":2},"end":{"line":16,"column":6}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Public holidays ("
    + ((stack1 = lookupProperty(helpers,"region").call(alias1,lookupProperty(depth0,"country"),{"name":"region","hash":{},"data":data,"loc":{"start":{"line":22,"column":17},"end":{"line":22,"column":35}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"region"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":35},"end":{"line":22,"column":78}}})) != null ? stack1 : "")
    + ") are days off too.\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ", "
    + ((stack1 = container.lambda(container.strict(depth0, "region", {"start":{"line":22,"column":58},"end":{"line":22,"column":69}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"freelancer"),"daysOff"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"freelancer"),"publicHolidays"),{"name":"with","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\nThese days are never working days, and business-day deadlines skip them.\n";
},"useData":true},
  },
  "deadlines": {
    source: "{{#each deadlines.freelancer}}\n- **{{title}}**: {{#if basis}}within {{after basis}}, which is {{date dueOn}} on the current schedule{{else}}by {{date dueOn}}{{/if}}{{#if repeat}}, then {{phrase \"repeat\" repeat.every}}, {{plural repeat.times \"time\" \"times\"}} in all{{/if}}{{#if description}}. {{description}}{{/if}}\n{{/each}}\n",
    helpers: ["after","date","each","if","phrase","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = container.lambda(container.strict(depth0, "title", {"start":{"line":2,"column":6},"end":{"line":2,"column":11}} ), depth0)) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"basis"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":17},"end":{"line":2,"column":133}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"repeat"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":133},"end":{"line":2,"column":240}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":240},"end":{"line":2,"column":283}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "within "
    + ((stack1 = lookupProperty(helpers,"after").call(alias1,lookupProperty(depth0,"basis"),{"name":"after","hash":{},"data":data,"loc":{"start":{"line":2,"column":37},"end":{"line":2,"column":52}}})) != null ? stack1 : "")
    + ", which is "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(depth0,"dueOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":63},"end":{"line":2,"column":77}}})) != null ? stack1 : "")
    + " on the current schedule";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "by "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"dueOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":112},"end":{"line":2,"column":126}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", then "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"repeat",lookupProperty(lookupProperty(depth0,"repeat"),"every"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":2,"column":154},"end":{"line":2,"column":186}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"repeat"),"times"),"time","times",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":188},"end":{"line":2,"column":226}}})) != null ? stack1 : "")
    + " in all";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ". "
    + ((stack1 = container.lambda(container.strict(depth0, "description", {"start":{"line":2,"column":263},"end":{"line":2,"column":274}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"deadlines"),"freelancer"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "deliverables": {
    source: "I will deliver:\n\n{{#each deliverables}}\n- **{{title}}**: {{#if unit}}{{units quantity unit}}{{else}}quantity {{number quantity}}{{/if}}{{#if frequency}}{{#unless (eq frequency \"once\")}} {{phrase \"frequency\" frequency}}{{/unless}}{{/if}}{{#if specification}} ({{specification}}){{/if}}{{#if description}}. {{description}}{{/if}}\n{{/each}}\n",
    helpers: ["each","eq","if","number","phrase","units","unless"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = container.lambda(container.strict(depth0, "title", {"start":{"line":4,"column":6},"end":{"line":4,"column":11}} ), depth0)) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"unit"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":4,"column":17},"end":{"line":4,"column":95}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"frequency"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":95},"end":{"line":4,"column":196}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"specification"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":196},"end":{"line":4,"column":244}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":244},"end":{"line":4,"column":287}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"units").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"quantity"),lookupProperty(depth0,"unit"),{"name":"units","hash":{},"data":data,"loc":{"start":{"line":4,"column":29},"end":{"line":4,"column":52}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "quantity "
    + ((stack1 = lookupProperty(helpers,"number").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"quantity"),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":4,"column":69},"end":{"line":4,"column":88}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"frequency"),"once",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":122},"end":{"line":4,"column":143}}}),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":112},"end":{"line":4,"column":189}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(depth0 != null ? depth0 : (container.nullContext || {}),"frequency",lookupProperty(depth0,"frequency"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":4,"column":146},"end":{"line":4,"column":178}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " ("
    + ((stack1 = container.lambda(container.strict(depth0, "specification", {"start":{"line":4,"column":221},"end":{"line":4,"column":234}} ), depth0)) != null ? stack1 : "")
    + ")";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ". "
    + ((stack1 = container.lambda(container.strict(depth0, "description", {"start":{"line":4,"column":267},"end":{"line":4,"column":278}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I will deliver:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"deliverables"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "deposit": {
    source: "{{#with facts.money.deposit}}\nBefore I start, you pay a deposit of {{money this}}{{#if percent}} ({{percent percent}} of the fee){{/if}}. Work starts when the deposit arrives: the schedule assumes it arrives by {{date @root.facts.startDate}}, and if it arrives later, the schedule moves by the same number of days.\n\n{{#if refundable}}\nIf the work is called off before I start, I refund the deposit in full.\n{{else}}\nThe deposit is not refundable: it pays for the time I set aside for you.\n{{/if}}\n{{/with}}\n",
    helpers: ["date","if","money","percent","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Before I start, you pay a deposit of "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,depth0,{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":37},"end":{"line":2,"column":51}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"percent"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":51},"end":{"line":2,"column":106}}})) != null ? stack1 : "")
    + ". Work starts when the deposit arrives: the schedule assumes it arrives by "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"facts"),"startDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":181},"end":{"line":2,"column":211}}})) != null ? stack1 : "")
    + ", and if it arrives later, the schedule moves by the same number of days.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"refundable"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"percent").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"percent"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":2,"column":68},"end":{"line":2,"column":87}}})) != null ? stack1 : "")
    + " of the fee)";
},"2":function(container,depth0,helpers,partials,data) {
    return "If the work is called off before I start, I refund the deposit in full.\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "The deposit is not refundable: it pays for the time I set aside for you.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"deposit"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "expenses": {
    source: "{{#if (eq fees.expenses.paidBy \"client\")}}\nYou pay the expenses the work needs, such as travel, at cost.{{#if facts.money.expensesPreApprovalAbove}} I ask for your written approval before any single expense above {{money facts.money.expensesPreApprovalAbove}}.{{/if}}\n{{else}}\nMy fee includes my expenses; I do not charge them separately.\n{{/if}}\n\n{{#if fees.expenses.note}}\n{{fees.expenses.note}}\n{{/if}}\n",
    helpers: ["eq","if","money"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You pay the expenses the work needs, such as travel, at cost."
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"expensesPreApprovalAbove"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":61},"end":{"line":2,"column":224}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " I ask for your written approval before any single expense above "
    + ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"expensesPreApprovalAbove"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":170},"end":{"line":2,"column":216}}})) != null ? stack1 : "")
    + ".";
},"2":function(container,depth0,helpers,partials,data) {
    return "My fee includes my expenses; I do not charge them separately.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"fees"),"expenses"), "note", {"start":{"line":8,"column":2},"end":{"line":8,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"fees"),"expenses"),"paidBy"),"client",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":40}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"fees"),"expenses"),"note"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "extra-work": {
    source: "{{#with facts.money.extraWork}}\nWork beyond the scope costs {{money amount}} {{phrase \"work-unit\" per}}, unless we agree a fixed price for it. We agree it in a written change order before I start.\n{{/with}}\n\nA one-off favour may be free. Extra work that keeps coming back gets its own change order, so that it is planned and paid like the rest.\n",
    helpers: ["money","phrase","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Work beyond the scope costs "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(depth0,"amount"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":28},"end":{"line":2,"column":44}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"work-unit",lookupProperty(depth0,"per"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":2,"column":45},"end":{"line":2,"column":71}}})) != null ? stack1 : "")
    + ", unless we agree a fixed price for it. We agree it in a written change order before I start.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"extraWork"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "")
    + "\nA one-off favour may be free. Extra work that keeps coming back gets its own change order, so that it is planned and paid like the rest.\n";
},"useData":true},
  },
  "fees": {
    source: "{{#if (eq fees.model \"fixed-fee\")}}\nThe fee for the whole project is {{money facts.money.fee}}.\n{{else}}\n{{#if (eq fees.model \"retainer\")}}\nThe retainer is {{money facts.money.fee}} a month.\n{{else}}\nMy rate is {{money facts.money.fee}} {{phrase \"rate-per\" fees.model}}.{{#if fees.estimatedUnits}} I expect the work to take {{plural fees.estimatedUnits (phrase \"rate-unit-one\" fees.model) (phrase \"rate-unit-many\" fees.model)}}{{#if facts.money.estimatedTotal}}, about {{money facts.money.estimatedTotal}} in all{{/if}}. If it will take longer, I tell you before I go past the estimate.{{/if}}\n{{/if}}\n{{/if}}\n\n{{block \"fee-summary\"}}\n\n{{#if facts.money.instalments}}\nYou pay it in these instalments:\n\n{{block \"payment-schedule\"}}\n{{/if}}\n",
    helpers: ["block","eq","if","money","phrase","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The fee for the whole project is "
    + ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"fee"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":33},"end":{"line":2,"column":58}}})) != null ? stack1 : "")
    + ".\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"model"),"retainer",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":6},"end":{"line":4,"column":32}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The retainer is "
    + ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"fee"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":5,"column":16},"end":{"line":5,"column":41}}})) != null ? stack1 : "")
    + " a month.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "My rate is "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"fee"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":7,"column":11},"end":{"line":7,"column":36}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"rate-per",lookupProperty(lookupProperty(depth0,"fees"),"model"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":7,"column":37},"end":{"line":7,"column":69}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"estimatedUnits"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":70},"end":{"line":7,"column":393}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " I expect the work to take "
    + ((stack1 = lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"estimatedUnits"),lookupProperty(helpers,"phrase").call(alias1,"rate-unit-one",lookupProperty(lookupProperty(depth0,"fees"),"model"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":7,"column":153},"end":{"line":7,"column":188}}}),lookupProperty(helpers,"phrase").call(alias1,"rate-unit-many",lookupProperty(lookupProperty(depth0,"fees"),"model"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":7,"column":189},"end":{"line":7,"column":225}}}),{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":7,"column":124},"end":{"line":7,"column":227}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"estimatedTotal"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":227},"end":{"line":7,"column":319}}})) != null ? stack1 : "")
    + ". If it will take longer, I tell you before I go past the estimate.";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", about "
    + ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"estimatedTotal"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":7,"column":269},"end":{"line":7,"column":305}}})) != null ? stack1 : "")
    + " in all";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You pay it in these instalments:\n\n"
    + ((stack1 = lookupProperty(helpers,"block").call(depth0 != null ? depth0 : (container.nullContext || {}),"payment-schedule",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":28}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"model"),"fixed-fee",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":33}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"block").call(alias1,"fee-summary",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":23}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"instalments"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "final-files": {
    source: "I deliver the final files{{#if method}}{{#if method.fileFormats}} in the formats listed above{{/if}}{{/if}} once every invoice for the work is paid in full. Until then, you can review drafts and previews.\n",
    helpers: ["if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"method"),"fileFormats"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":39},"end":{"line":1,"column":100}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return " in the formats listed above";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I deliver the final files"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"method"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":25},"end":{"line":1,"column":107}}})) != null ? stack1 : "")
    + " once every invoice for the work is paid in full. Until then, you can review drafts and previews.\n";
},"useData":true},
  },
  "handover-accounts": {
    source: "These accounts and access rights change hands at the transition:\n\n{{block \"handover-accounts\"}}\n\nThis document holds no passwords. Where login details change hands, you reset them or receive them separately through a password manager.\n",
    helpers: ["block"],
    template: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "These accounts and access rights change hands at the transition:\n\n"
    + ((stack1 = lookupProperty(helpers,"block").call(depth0 != null ? depth0 : (container.nullContext || {}),"handover-accounts",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":29}}})) != null ? stack1 : "")
    + "\n\nThis document holds no passwords. Where login details change hands, you reset them or receive them separately through a password manager.\n";
},"useData":true},
  },
  "handover-after": {
    source: "{{#with handover.afterHandover}}\n{{#if email}}\nYou can reach me by email at [{{email}}](mailto:{{email}}){{#if phone}} or by phone on {{phone}}{{/if}}{{#if until}} until {{date until}}{{/if}}.\n{{else}}\n{{#if phone}}\nYou can reach me by phone on {{phone}}{{#if until}} until {{date until}}{{/if}}.\n{{/if}}\n{{/if}}\n\n{{#if note}}\n{{note}}\n{{/if}}\n{{/with}}\n",
    helpers: ["date","if","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You can reach me by email at ["
    + ((stack1 = alias2(alias1(depth0, "email", {"start":{"line":3,"column":32},"end":{"line":3,"column":37}} ), depth0)) != null ? stack1 : "")
    + "](mailto:"
    + ((stack1 = alias2(alias1(depth0, "email", {"start":{"line":3,"column":50},"end":{"line":3,"column":55}} ), depth0)) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":58},"end":{"line":3,"column":103}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"until"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":103},"end":{"line":3,"column":144}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " or by phone on "
    + ((stack1 = container.lambda(container.strict(depth0, "phone", {"start":{"line":3,"column":89},"end":{"line":3,"column":94}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " until "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"until"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":3,"column":123},"end":{"line":3,"column":137}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You can reach me by phone on "
    + ((stack1 = container.lambda(container.strict(depth0, "phone", {"start":{"line":6,"column":31},"end":{"line":6,"column":36}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"until"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":38},"end":{"line":6,"column":79}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "note", {"start":{"line":11,"column":2},"end":{"line":11,"column":6}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"handover"),"afterHandover"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "handover-confidentiality": {
    source: "What you shared with me in confidence stays confidential after the handover{{#if rights.confidentialityYears}}, for {{plural rights.confidentialityYears \"year\" \"years\"}} after the work ends, as we agreed{{/if}}. Anything you have not made public stays private, and I return or delete your private material, except what I must keep for my own records.\n",
    helpers: ["if","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", for "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"confidentialityYears"),"year","years",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":1,"column":116},"end":{"line":1,"column":169}}})) != null ? stack1 : "")
    + " after the work ends, as we agreed";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "What you shared with me in confidence stays confidential after the handover"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"confidentialityYears"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":75},"end":{"line":1,"column":210}}})) != null ? stack1 : "")
    + ". Anything you have not made public stays private, and I return or delete your private material, except what I must keep for my own records.\n";
},"useData":true},
  },
  "handover-invoices": {
    source: "These invoices are still open{{#if facts.money.invoicesTotal}}, {{money facts.money.invoicesTotal}} in all{{/if}}:\n\n{{block \"handover-invoices\"}}\n\nFiles that are still with me are delivered once these are paid.\n",
    helpers: ["block","if","money"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"invoicesTotal"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":1,"column":64},"end":{"line":1,"column":99}}})) != null ? stack1 : "")
    + " in all";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "These invoices are still open"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"invoicesTotal"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":113}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"block").call(alias1,"handover-invoices",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":29}}})) != null ? stack1 : "")
    + "\n\nFiles that are still with me are delivered once these are paid.\n";
},"useData":true},
  },
  "handover-procedures": {
    source: "These tasks come back regularly. Each is written as numbered steps, so anyone can pick it up; the screenshots named in the steps come with this document.\n\n{{#each handover.procedures}}\n# {{line title}}\n\n{{#if frequency}}\n**When:** {{frequency}}\n{{/if}}\n\n{{#each steps}}\n1. {{this.text}}{{#if image}} (screenshot: {{image}}){{/if}}\n{{/each}}\n\n{{/each}}\n",
    helpers: ["each","if","line","text"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = lookupProperty(helpers,"line").call(alias1,lookupProperty(depth0,"title"),{"name":"line","hash":{},"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":16}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"frequency"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"steps"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "**When:** "
    + ((stack1 = container.lambda(container.strict(depth0, "frequency", {"start":{"line":7,"column":12},"end":{"line":7,"column":21}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. "
    + ((stack1 = container.lambda(container.strict(depth0, "text", {"start":{"line":11,"column":5},"end":{"line":11,"column":14}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"image"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":16},"end":{"line":11,"column":60}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " (screenshot: "
    + ((stack1 = container.lambda(container.strict(depth0, "image", {"start":{"line":11,"column":45},"end":{"line":11,"column":50}} ), depth0)) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "These tasks come back regularly. Each is written as numbered steps, so anyone can pick it up; the screenshots named in the steps come with this document.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"handover"),"procedures"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "handover-projects": {
    source: "For each project, this is where I stopped and what remains.\n\n{{#each handover.projects}}\n# {{line title}}\n\n**State:** {{phrase \"project-state\" state}}\n\n{{#if location}}\n**Where the files are:** {{location}}\n{{/if}}\n\n{{#if done}}\n**Done:**\n\n{{#each done}}\n- {{this}}\n{{/each}}\n{{/if}}\n\n{{#if remaining}}\n**Still to do:**\n\n{{#each remaining}}\n- {{this}}\n{{/each}}\n{{/if}}\n\n{{#if nextStep}}\n**Next step:** {{nextStep}}\n{{/if}}\n\n{{/each}}\n",
    helpers: ["each","if","line","phrase"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = lookupProperty(helpers,"line").call(alias1,lookupProperty(depth0,"title"),{"name":"line","hash":{},"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":16}}})) != null ? stack1 : "")
    + "\n\n**State:** "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"project-state",lookupProperty(depth0,"state"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":6,"column":11},"end":{"line":6,"column":43}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"location"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"done"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"remaining"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"nextStep"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "**Where the files are:** "
    + ((stack1 = container.lambda(container.strict(depth0, "location", {"start":{"line":9,"column":27},"end":{"line":9,"column":35}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Done:**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"done"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Still to do:**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remaining"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "**Next step:** "
    + ((stack1 = container.lambda(container.strict(depth0, "nextStep", {"start":{"line":29,"column":17},"end":{"line":29,"column":25}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "For each project, this is where I stopped and what remains.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"handover"),"projects"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "handover-transition": {
    source: "Responsibility for the work passes to you on {{date handover.transitionDate}}. Until then, I finish what I can and answer questions about this handover.\n\n{{#if handover.contacts}}\nThese are the people to talk to during the transition:\n\n{{block \"handover-contacts\"}}\n{{/if}}\n",
    helpers: ["block","date","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "These are the people to talk to during the transition:\n\n"
    + ((stack1 = lookupProperty(helpers,"block").call(depth0 != null ? depth0 : (container.nullContext || {}),"handover-contacts",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Responsibility for the work passes to you on "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"handover"),"transitionDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":45},"end":{"line":1,"column":77}}})) != null ? stack1 : "")
    + ". Until then, I finish what I can and answer questions about this handover.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"handover"),"contacts"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "late-fee": {
    source: "{{#with facts.money.lateFee}}\nAn overdue amount carries a late fee of {{#if amount}}{{money amount}}{{else}}{{percent percent}} of the amount{{/if}} {{#if per}}{{phrase \"late-fee-period\" per}}{{else}}once per invoice{{/if}}, starting {{#if graceDays}}{{plural graceDays \"day\" \"days\"}} after the due date{{else}}the day after the due date{{/if}}.{{#if example}} For example, on {{money example.overdue}} overdue{{#if per}} {{phrase \"late-fee-example\" per}}{{/if}}, the late fee is {{money example.fee}}.{{/if}}\n{{/with}}\n\nThe late fee applies to every invoice from the first one, so it is never personal. If you know a payment will be late, tell me early and we can agree a new date.\n",
    helpers: ["if","money","percent","phrase","plural","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "An overdue amount carries a late fee of "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"amount"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":40},"end":{"line":2,"column":118}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"per"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":2,"column":119},"end":{"line":2,"column":193}}})) != null ? stack1 : "")
    + ", starting "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"graceDays"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":2,"column":204},"end":{"line":2,"column":314}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"example"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":315},"end":{"line":2,"column":479}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"amount"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":54},"end":{"line":2,"column":70}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"percent").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"percent"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":2,"column":78},"end":{"line":2,"column":97}}})) != null ? stack1 : "")
    + " of the amount";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"phrase").call(depth0 != null ? depth0 : (container.nullContext || {}),"late-fee-period",lookupProperty(depth0,"per"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":2,"column":130},"end":{"line":2,"column":162}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "once per invoice";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"graceDays"),"day","days",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":221},"end":{"line":2,"column":254}}})) != null ? stack1 : "")
    + " after the due date";
},"6":function(container,depth0,helpers,partials,data) {
    return "the day after the due date";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " For example, on "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(lookupProperty(depth0,"example"),"overdue"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":347},"end":{"line":2,"column":372}}})) != null ? stack1 : "")
    + " overdue"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"per"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":380},"end":{"line":2,"column":432}}})) != null ? stack1 : "")
    + ", the late fee is "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(lookupProperty(depth0,"example"),"fee"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":450},"end":{"line":2,"column":471}}})) != null ? stack1 : "")
    + ".";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(depth0 != null ? depth0 : (container.nullContext || {}),"late-fee-example",lookupProperty(depth0,"per"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":2,"column":392},"end":{"line":2,"column":425}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"lateFee"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "")
    + "\nThe late fee applies to every invoice from the first one, so it is never personal. If you know a payment will be late, tell me early and we can agree a new date.\n";
},"useData":true},
  },
  "legal-notice": {
    source: "{{#notice \"legal\" \"Not legal advice\"}}\nThis agreement was written from a general template. It is not legal advice, and it may not suit the law where either of us lives or works. If anything in it matters a great deal to you or to me, we should each ask a lawyer before signing.\n{{/notice}}\n",
    helpers: ["notice"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    return "This agreement was written from a general template. It is not legal advice, and it may not suit the law where either of us lives or works. If anything in it matters a great deal to you or to me, we should each ask a lawyer before signing.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"notice").call(depth0 != null ? depth0 : (container.nullContext || {}),"legal","Not legal advice",{"name":"notice","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":11}}})) != null ? stack1 : "");
},"useData":true},
  },
  "method": {
    source: "{{#with method}}\n{{#if images}}\n**Images.** {{images}}\n{{/if}}\n\n{{#if research}}\n**Research.** {{research}}\n{{/if}}\n\n{{#if tools}}\n**Tools.** I use {{list tools}}.\n{{/if}}\n\n{{#if fileFormats}}\n**Files.** I deliver:\n\n{{#each fileFormats}}\n- {{this}}\n{{/each}}\n{{/if}}\n{{/with}}\n",
    helpers: ["each","if","list","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"images"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"research"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tools"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"fileFormats"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "**Images.** "
    + ((stack1 = container.lambda(container.strict(depth0, "images", {"start":{"line":3,"column":14},"end":{"line":3,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "**Research.** "
    + ((stack1 = container.lambda(container.strict(depth0, "research", {"start":{"line":7,"column":16},"end":{"line":7,"column":24}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Tools.** I use "
    + ((stack1 = lookupProperty(helpers,"list").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"tools"),{"name":"list","hash":{},"data":data,"loc":{"start":{"line":11,"column":17},"end":{"line":11,"column":31}}})) != null ? stack1 : "")
    + ".\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Files.** I deliver:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"fileFormats"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"method"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "next-steps": {
    source: "If this works for you, reply to say so, or tell me what you would like to change. I will then send you the contract, made from these same details.\n\n{{#if facts.money.deposit}}\nOnce the contract is signed and the deposit is in, I have everything I need and will start.\n{{else}}\nOnce the contract is signed, I have everything I need and will start.\n{{/if}}\n",
    helpers: ["if","money"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    return "Once the contract is signed and the deposit is in, I have everything I need and will start.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "Once the contract is signed, I have everything I need and will start.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If this works for you, reply to say so, or tell me what you would like to change. I will then send you the contract, made from these same details.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"deposit"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "offer-validity": {
    source: "{{#if (eq document \"contract\")}}\nThis offer is open until {{date facts.offerExpiresOn}}. If we have not both signed by then, its terms lapse, and dates and rates may change.\n{{else}}\nThis proposal is valid until {{date facts.offerExpiresOn}}. After that date, dates and rates may change.\n{{/if}}\n",
    helpers: ["date","eq","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This offer is open until "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"offerExpiresOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":25},"end":{"line":2,"column":54}}})) != null ? stack1 : "")
    + ". If we have not both signed by then, its terms lapse, and dates and rates may change.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This proposal is valid until "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"offerExpiresOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":4,"column":29},"end":{"line":4,"column":58}}})) != null ? stack1 : "")
    + ". After that date, dates and rates may change.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"document"),"contract",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":30}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "office-hours": {
    source: "{{#with hours.freelancer}}\nMy office hours are:\n\n{{#each windows}}\n- {{window own ../timeZone}}{{#if other}} ({{window other ../otherTimeZone own}}){{/if}}\n{{/each}}\n\nMessages that arrive outside these hours are answered in my next office hours.{{#if offsetChanges}} For a few weeks a year our clocks change on different dates, and the times in brackets shift by an hour.{{/if}}\n{{/with}}\n\n{{#with hours.client}}\nYour office hours, as you gave them, are:\n\n{{#each windows}}\n- {{window own ../timeZone}}{{#if other}} ({{window other ../otherTimeZone own}}){{/if}}\n{{/each}}\n\nI keep calls and urgent questions to these hours.\n{{/with}}\n",
    helpers: ["each","if","window","with"],
    template: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "My office hours are:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"windows"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "\nMessages that arrive outside these hours are answered in my next office hours."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"offsetChanges"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":78},"end":{"line":8,"column":211}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"window").call(alias1,lookupProperty(depth0,"own"),lookupProperty(depths[1],"timeZone"),{"name":"window","hash":{},"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":28}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"other"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":28},"end":{"line":5,"column":88}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"window").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"other"),lookupProperty(depths[1],"otherTimeZone"),lookupProperty(depth0,"own"),{"name":"window","hash":{},"data":data,"loc":{"start":{"line":5,"column":43},"end":{"line":5,"column":80}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    return " For a few weeks a year our clocks change on different dates, and the times in brackets shift by an hour.";
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Your office hours, as you gave them, are:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"windows"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "\nI keep calls and urgent questions to these hours.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"hours"),"freelancer"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"hours"),"client"),{"name":"with","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
  },
  "out-of-scope": {
    source: "These are not part of the work:\n\n{{#each scope.outOfScope}}\n- {{this}}\n{{/each}}\n\nIf you would like me to do any of them, or anything else beyond the deliverables, we first agree it in writing in a change order, with its own price{{#if facts.money.extraWork}} (at {{money facts.money.extraWork.amount}} {{phrase \"work-unit\" facts.money.extraWork.per}} unless we agree a fixed price){{/if}}. Extra work means extra pay, and it starts once the change order is agreed.\n",
    helpers: ["each","if","money","phrase"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (at "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"extraWork"),"amount"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":7,"column":182},"end":{"line":7,"column":220}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"work-unit",lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"extraWork"),"per"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":7,"column":221},"end":{"line":7,"column":269}}})) != null ? stack1 : "")
    + " unless we agree a fixed price)";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "These are not part of the work:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"scope"),"outOfScope"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + "\nIf you would like me to do any of them, or anything else beyond the deliverables, we first agree it in writing in a change order, with its own price"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"extraWork"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":148},"end":{"line":7,"column":307}}})) != null ? stack1 : "")
    + ". Extra work means extra pay, and it starts once the change order is agreed.\n";
},"useData":true},
  },
  "ownership": {
    source: "{{#if (eq rights.ownershipTransfer \"on-final-payment\")}}\nI keep all rights in the work until your final payment arrives. When it does, the finished deliverables become yours.\n{{/if}}\n{{#if (eq rights.ownershipTransfer \"on-delivery\")}}\nEach deliverable becomes yours when I deliver it, as long as every invoice due by then is paid.\n{{/if}}\n{{#if (eq rights.ownershipTransfer \"never\")}}\nI keep the rights in the work. Once your final payment arrives, you have a lasting licence to use it as set out in this {{documentName}}.\n{{/if}}\n\nThe tools, templates and know-how I had before this work stay mine; you may use them as part of the deliverables.\n",
    helpers: ["eq","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    return "I keep all rights in the work until your final payment arrives. When it does, the finished deliverables become yours.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "Each deliverable becomes yours when I deliver it, as long as every invoice due by then is paid.\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "I keep the rights in the work. Once your final payment arrives, you have a lasting licence to use it as set out in this "
    + ((stack1 = container.lambda(container.strict(depth0, "documentName", {"start":{"line":8,"column":122},"end":{"line":8,"column":134}} ), depth0)) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"ownershipTransfer"),"on-final-payment",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":54}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"ownershipTransfer"),"on-delivery",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":6},"end":{"line":4,"column":49}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"ownershipTransfer"),"never",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":7,"column":6},"end":{"line":7,"column":43}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "\nThe tools, templates and know-how I had before this work stay mine; you may use them as part of the deliverables.\n";
},"useData":true},
  },
  "parties": {
    source: "{{#if (eq document \"contract\")}}\nThis agreement is made on {{date issuedOn}} between {{freelancer.name}}{{#if freelancer.businessName}} of {{freelancer.businessName}}{{/if}} (\"I\", \"me\", \"my\") and {{client.name}} (\"you\", \"your\"), whose details follow.\n{{else}}\nThis proposal from {{freelancer.name}}{{#if freelancer.businessName}} of {{freelancer.businessName}}{{/if}} to {{client.name}} is dated {{date issuedOn}}.\n{{/if}}\n\n{{block \"parties\"}}\n",
    helpers: ["block","date","eq","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This agreement is made on "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(depth0,"issuedOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":26},"end":{"line":2,"column":43}}})) != null ? stack1 : "")
    + " between "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"freelancer"), "name", {"start":{"line":2,"column":54},"end":{"line":2,"column":69}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"freelancer"),"businessName"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":71},"end":{"line":2,"column":140}}})) != null ? stack1 : "")
    + " (\"I\", \"me\", \"my\") and "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"client"), "name", {"start":{"line":2,"column":165},"end":{"line":2,"column":176}} ), depth0)) != null ? stack1 : "")
    + " (\"you\", \"your\"), whose details follow.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " of "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"freelancer"), "businessName", {"start":{"line":2,"column":108},"end":{"line":2,"column":131}} ), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This proposal from "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"freelancer"), "name", {"start":{"line":4,"column":21},"end":{"line":4,"column":36}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"freelancer"),"businessName"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":38},"end":{"line":4,"column":107}}})) != null ? stack1 : "")
    + " to "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"client"), "name", {"start":{"line":4,"column":113},"end":{"line":4,"column":124}} ), depth0)) != null ? stack1 : "")
    + " is dated "
    + ((stack1 = lookupProperty(helpers,"date").call(alias3,lookupProperty(depth0,"issuedOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":4,"column":136},"end":{"line":4,"column":153}}})) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"document"),"contract",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":30}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"block").call(alias1,"parties",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  },
  "payment-terms": {
    source: "{{#if fees.netDays}}\nI send an invoice for each payment when it falls due, and you pay it within {{plural fees.netDays \"day\" \"days\"}} of the invoice date.\n{{else}}\nI send an invoice for each payment when it falls due, and you pay it on receipt.\n{{/if}}\n{{#if (eq fees.model \"retainer\")}}\nThe retainer is paid in advance: I invoice it at the end of each month for the month to come.\n{{/if}}\n",
    helpers: ["eq","if","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I send an invoice for each payment when it falls due, and you pay it within "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"fees"),"netDays"),"day","days",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":76},"end":{"line":2,"column":112}}})) != null ? stack1 : "")
    + " of the invoice date.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "I send an invoice for each payment when it falls due, and you pay it on receipt.\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "The retainer is paid in advance: I invoice it at the end of each month for the month to come.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"netDays"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"model"),"retainer",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":6},"end":{"line":6,"column":32}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "portfolio": {
    source: "{{#if (eq rights.portfolio \"yes\")}}\nI may show the work in my portfolio, name you as a client and link to the published work.\n{{/if}}\n{{#if (eq rights.portfolio \"with-permission\")}}\nI show the work in my portfolio, or name you as a client, only with your written permission.\n{{/if}}\n{{#if (eq rights.portfolio \"after-date\")}}\n{{#if rights.portfolioAfter}}From {{date rights.portfolioAfter}}{{else}}After a date we agree{{/if}}, I may show the work in my portfolio, name you as a client and link to the published work.\n{{/if}}\n{{#if (eq rights.portfolio \"no\")}}\nI do not show the work in my portfolio or name you as a client.\n{{/if}}\n\nI never show anything you have not made public.\n",
    helpers: ["date","eq","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    return "I may show the work in my portfolio, name you as a client and link to the published work.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "I show the work in my portfolio, or name you as a client, only with your written permission.\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"portfolioAfter"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":100}}})) != null ? stack1 : "")
    + ", I may show the work in my portfolio, name you as a client and link to the published work.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "From "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"portfolioAfter"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":8,"column":34},"end":{"line":8,"column":64}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "After a date we agree";
},"5":function(container,depth0,helpers,partials,data) {
    return "I do not show the work in my portfolio or name you as a client.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"portfolio"),"yes",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":33}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"portfolio"),"with-permission",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":6},"end":{"line":4,"column":45}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"portfolio"),"after-date",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":7,"column":6},"end":{"line":7,"column":40}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"portfolio"),"no",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":10,"column":32}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "\nI never show anything you have not made public.\n";
},"useData":true},
  },
  "project-summary": {
    source: "{{#if project.summary}}\n{{project.summary}}\n{{/if}}\n\n{{#if scope}}\n{{#if scope.summary}}\n{{scope.summary}}\n{{/if}}\n{{/if}}\n",
    helpers: ["if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"project"), "summary", {"start":{"line":2,"column":2},"end":{"line":2,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"scope"),"summary"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"scope"), "summary", {"start":{"line":7,"column":2},"end":{"line":7,"column":15}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"project"),"summary"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"scope"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "proposal-notice": {
    source: "{{#notice \"info\" \"This proposal is not a contract\"}}\nIt sets out what I suggest, so that we can talk it through and change whatever does not suit you. Once we agree, I will turn it into a contract with the same terms, made from the same details, so nothing has to be retyped.{{#if facts.offerExpiresOn}} This proposal is valid until {{date facts.offerExpiresOn}}; after that date, dates and rates may change.{{/if}}\n{{/notice}}\n",
    helpers: ["date","if","notice"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It sets out what I suggest, so that we can talk it through and change whatever does not suit you. Once we agree, I will turn it into a contract with the same terms, made from the same details, so nothing has to be retyped."
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"offerExpiresOn"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":222},"end":{"line":2,"column":362}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " This proposal is valid until "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"offerExpiresOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":280},"end":{"line":2,"column":309}}})) != null ? stack1 : "")
    + "; after that date, dates and rates may change.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"notice").call(depth0 != null ? depth0 : (container.nullContext || {}),"info","This proposal is not a contract",{"name":"notice","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":11}}})) != null ? stack1 : "");
},"useData":true},
  },
  "response-times": {
    source: "{{#with freelancer.responseTime}}\nI answer messages within {{#if (eq unit \"hours\")}}{{plural within \"working hour\" \"working hours\"}}{{else}}{{plural within \"business day\" \"business days\"}}{{/if}}.\n{{/with}}\n\n{{#with client.responseTime}}\nYou answer my questions within {{#if (eq unit \"hours\")}}{{plural within \"working hour\" \"working hours\"}}{{else}}{{plural within \"business day\" \"business days\"}}{{/if}}. While a question that holds up the work is open, the deadlines that depend on it wait too.\n{{/with}}\n",
    helpers: ["eq","if","plural","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "I answer messages within "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"unit"),"hours",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":31},"end":{"line":2,"column":48}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":25},"end":{"line":2,"column":161}}})) != null ? stack1 : "")
    + ".\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"within"),"working hour","working hours",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":50},"end":{"line":2,"column":98}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"within"),"business day","business days",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":106},"end":{"line":2,"column":154}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You answer my questions within "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"unit"),"hours",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":37},"end":{"line":6,"column":54}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":31},"end":{"line":6,"column":167}}})) != null ? stack1 : "")
    + ". While a question that holds up the work is open, the deadlines that depend on it wait too.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"freelancer"),"responseTime"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"client"),"responseTime"),{"name":"with","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "retainer": {
    source: "{{#with scope.retainer}}\n{{#if hoursPerPeriod}}\nThe retainer covers up to {{plural hoursPerPeriod \"hour\" \"hours\"}} of work each month.\n{{/if}}\n\n{{#if kindsOfWork}}\nIt covers these kinds of work:\n\n{{#each kindsOfWork}}\n- {{this}}\n{{/each}}\n{{/if}}\n{{/with}}\n\nWork beyond this, or of another kind, is extra work and needs a change order first.\n",
    helpers: ["each","if","plural","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hoursPerPeriod"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"kindsOfWork"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The retainer covers up to "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hoursPerPeriod"),"hour","hours",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":26},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " of work each month.\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It covers these kinds of work:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"kindsOfWork"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"scope"),"retainer"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "\nWork beyond this, or of another kind, is extra work and needs a change order first.\n";
},"useData":true},
  },
  "revisions": {
    source: "{{#if method}}\n{{#if method.revisionRounds}}\nThe fee includes {{plural method.revisionRounds \"round\" \"rounds\"}} of revisions. A round is one set of feedback from you, gathered into one message.\n{{/if}}\n{{#if (eq method.revisionRounds 0)}}\nThe fee includes no rounds of revisions.\n{{/if}}\n{{/if}}\n\n{{#if facts.money.extraRevision}}\nEach {{#if method}}{{#if method.revisionRounds}}further {{/if}}{{/if}}round of revisions costs {{money facts.money.extraRevision}}.\n{{/if}}\n",
    helpers: ["eq","if","money","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"method"),"revisionRounds"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"method"),"revisionRounds"),0,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":34}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The fee includes "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"method"),"revisionRounds"),"round","rounds",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":17},"end":{"line":3,"column":66}}})) != null ? stack1 : "")
    + " of revisions. A round is one set of feedback from you, gathered into one message.\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "The fee includes no rounds of revisions.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Each "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"method"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":5},"end":{"line":11,"column":70}}})) != null ? stack1 : "")
    + "round of revisions costs "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"extraRevision"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":11,"column":95},"end":{"line":11,"column":130}}})) != null ? stack1 : "")
    + ".\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"method"),"revisionRounds"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":19},"end":{"line":11,"column":63}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "further ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"method"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"extraRevision"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "rush-fee": {
    source: "{{#with facts.money.rushFee}}\nWork you ask for with less than {{plural noticeUnderDays \"day's\" \"days'\"}} notice is rush work. When I can take it on, it costs {{percent percent}} more than the normal price.{{#if example}} At that rate, the whole fee would come to {{money example}}.{{/if}}\n{{/with}}\n",
    helpers: ["if","money","percent","plural","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Work you ask for with less than "
    + ((stack1 = lookupProperty(helpers,"plural").call(alias1,lookupProperty(depth0,"noticeUnderDays"),"day's","days'",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":32},"end":{"line":2,"column":74}}})) != null ? stack1 : "")
    + " notice is rush work. When I can take it on, it costs "
    + ((stack1 = lookupProperty(helpers,"percent").call(alias1,lookupProperty(depth0,"percent"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":2,"column":128},"end":{"line":2,"column":147}}})) != null ? stack1 : "")
    + " more than the normal price."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"example"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":175},"end":{"line":2,"column":258}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " At that rate, the whole fee would come to "
    + ((stack1 = lookupProperty(helpers,"money").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"example"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":233},"end":{"line":2,"column":250}}})) != null ? stack1 : "")
    + ".";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"rushFee"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "schedule": {
    source: "The work starts on {{date facts.startDate}}{{#if facts.endDate}} and ends on {{date facts.endDate}}{{/if}}.\n\n{{#if facts.milestones}}\nDeadlines bind both of us: you owe some inputs by a date, and I owe the deliveries. They are listed together below, in date order. Where a date is set a number of days after an earlier step, it moves with that step.\n\n{{block \"schedule\"}}\n{{/if}}\n",
    helpers: ["block","date","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " and ends on "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"endDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":77},"end":{"line":1,"column":99}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Deadlines bind both of us: you owe some inputs by a date, and I owe the deliveries. They are listed together below, in date order. Where a date is set a number of days after an earlier step, it moves with that step.\n\n"
    + ((stack1 = lookupProperty(helpers,"block").call(depth0 != null ? depth0 : (container.nullContext || {}),"schedule",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The work starts on "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"startDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":43}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"endDate"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":43},"end":{"line":1,"column":106}}})) != null ? stack1 : "")
    + ".\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"milestones"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "signatures": {
    source: "By signing below, we both agree to this agreement.\n\n{{block \"signatures\"}}\n",
    helpers: ["block"],
    template: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "By signing below, we both agree to this agreement.\n\n"
    + ((stack1 = lookupProperty(helpers,"block").call(depth0 != null ? depth0 : (container.nullContext || {}),"signatures",{"name":"block","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":22}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  },
  "statutory-terms": {
    source: "{{#with statutoryTerms}}\n**{{line heading}}.** The law of our jurisdiction sets these terms whatever this agreement says; where this agreement is more generous to me, it applies.\n\n{{#each paragraphs}}\n{{this}}\n\n{{/each}}\n{{/with}}\n",
    helpers: ["each","line","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"line").call(alias1,lookupProperty(depth0,"heading"),{"name":"line","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":18}}})) != null ? stack1 : "")
    + ".** The law of our jurisdiction sets these terms whatever this agreement says; where this agreement is more generous to me, it applies.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"paragraphs"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"statutoryTerms"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "step-up": {
    source: "{{#with facts.money.stepUp}}\nThe rate starts as a trial rate. From {{date on}}, it rises by {{money increase}} to {{money amount}} {{phrase \"rate-per\" @root.fees.model}}.{{#if @root.fees.stepUp.condition}} The rise applies only if this is met: {{@root.fees.stepUp.condition}}{{/if}}\n{{/with}}\n",
    helpers: ["date","if","money","phrase","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The rate starts as a trial rate. From "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(depth0,"on"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":38},"end":{"line":2,"column":49}}})) != null ? stack1 : "")
    + ", it rises by "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(depth0,"increase"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":63},"end":{"line":2,"column":81}}})) != null ? stack1 : "")
    + " to "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,lookupProperty(depth0,"amount"),{"name":"money","hash":{},"data":data,"loc":{"start":{"line":2,"column":85},"end":{"line":2,"column":101}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"phrase").call(alias1,"rate-per",lookupProperty(lookupProperty(lookupProperty(data,"root"),"fees"),"model"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":2,"column":102},"end":{"line":2,"column":140}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(data,"root"),"fees"),"stepUp"),"condition"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":141},"end":{"line":2,"column":253}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " The rise applies only if this is met: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(lookupProperty(data,"root"),"fees"),"stepUp"), "condition", {"start":{"line":2,"column":217},"end":{"line":2,"column":244}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"stepUp"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "subcontractors": {
    source: "Some tasks are done by people I work with. They work to my timeline, and I remain responsible for their work and for my deadlines.\n\n{{#each method.subcontractors}}\n- {{task}}: {{who}}{{#if leadTimeDays}}, who needs {{plural leadTimeDays \"day\" \"days\"}} for it, already allowed for in my deadlines{{/if}}\n{{/each}}\n",
    helpers: ["each","if","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = alias2(alias1(depth0, "task", {"start":{"line":4,"column":4},"end":{"line":4,"column":8}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "who", {"start":{"line":4,"column":14},"end":{"line":4,"column":17}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"leadTimeDays"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":19},"end":{"line":4,"column":138}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", who needs "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"leadTimeDays"),"day","days",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":4,"column":51},"end":{"line":4,"column":87}}})) != null ? stack1 : "")
    + " for it, already allowed for in my deadlines";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Some tasks are done by people I work with. They work to my timeline, and I remain responsible for their work and for my deadlines.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"method"),"subcontractors"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "term-review": {
    source: "{{#if schedule.termMonths}}\nThe term is {{plural schedule.termMonths \"month\" \"months\"}}, from {{date facts.startDate}}{{#if facts.endDate}} to {{date facts.endDate}}{{/if}}.\n{{/if}}\n\n{{#if facts.reviewOn}}\nOn {{date facts.reviewOn}} we review the work, the rates and these terms together. New rates apply only once we have both agreed them in writing; until then, the current ones stand.\n{{/if}}\n",
    helpers: ["date","if","plural"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The term is "
    + ((stack1 = lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"schedule"),"termMonths"),"month","months",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":59}}})) != null ? stack1 : "")
    + ", from "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"startDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":66},"end":{"line":2,"column":90}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"endDate"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":90},"end":{"line":2,"column":144}}})) != null ? stack1 : "")
    + ".\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " to "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"endDate"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":2,"column":115},"end":{"line":2,"column":137}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "On "
    + ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"facts"),"reviewOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + " we review the work, the rates and these terms together. New rates apply only once we have both agreed them in writing; until then, the current ones stand.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"schedule"),"termMonths"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"facts"),"reviewOn"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "termination": {
    source: "{{#with fees.termination}}\n{{#if noticeDays}}\nEither of us may end the work early with {{plural noticeDays \"day's\" \"days'\"}} written notice.\n{{else}}\nEither of us may end the work early by telling the other in writing.\n{{/if}}\n{{/with}}\n\nIf the work ends before it is complete:\n\n{{#with facts.money.deposit}}\n{{#unless refundable}}\n- I keep the deposit.\n{{/unless}}\n{{/with}}\n- You pay for the work done up to the end.\n{{#with facts.money.killFee}}\n- You pay a kill fee of {{money this}}{{#if percent}}, {{percent percent}} of the fee still to be paid{{/if}}.\n{{/with}}\n{{#with fees.termination}}\n{{#each owed}}\n- {{this}}\n{{/each}}\n{{/with}}\n\nI hand over the work done so far once these are paid.\n",
    helpers: ["each","if","money","percent","plural","unless","with"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"noticeDays"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Either of us may end the work early with "
    + ((stack1 = lookupProperty(helpers,"plural").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"noticeDays"),"day's","days'",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":3,"column":41},"end":{"line":3,"column":78}}})) != null ? stack1 : "")
    + " written notice.\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "Either of us may end the work early by telling the other in writing.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"refundable"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":11}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "- I keep the deposit.\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- You pay a kill fee of "
    + ((stack1 = lookupProperty(helpers,"money").call(alias1,depth0,{"name":"money","hash":{},"data":data,"loc":{"start":{"line":18,"column":24},"end":{"line":18,"column":38}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"percent"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":38},"end":{"line":18,"column":109}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"percent").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"percent"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":18,"column":55},"end":{"line":18,"column":74}}})) != null ? stack1 : "")
    + " of the fee still to be paid";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"owed"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"termination"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "\nIf the work ends before it is complete:\n\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"deposit"),{"name":"with","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + "- You pay for the work done up to the end.\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"facts"),"money"),"killFee"),{"name":"with","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"fees"),"termination"),{"name":"with","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "")
    + "\nI hand over the work done so far once these are paid.\n";
},"useData":true},
  },
  "usage": {
    source: "{{#if rights.allowedUses}}\nYou may use the work:\n\n{{#each rights.allowedUses}}\n- {{this}}\n{{/each}}\n{{/if}}\n\n{{#if rights.forbiddenUses}}\nThese uses need my written permission first, and a further fee:\n\n{{#each rights.forbiddenUses}}\n- {{this}}\n{{/each}}\n{{/if}}\n",
    helpers: ["each","if"],
    template: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You may use the work:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"allowedUses"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "These uses need my written permission first, and a further fee:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"forbiddenUses"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"allowedUses"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"forbiddenUses"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
};
