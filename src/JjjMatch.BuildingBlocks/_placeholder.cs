namespace JjjMatch.BuildingBlocks;
